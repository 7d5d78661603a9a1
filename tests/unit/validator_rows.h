#pragma once

// The rule tables of tst_validator: each adds rows with the columns operation, patch,
// field and severity.

void regionAndProfileRows();
void kmsKeysRows();
void enumerationsRows();
void licensingRows();
void identityRows();
void clientDataRows();
void ec2TagsRows();
void diskSourcesRows();
void bucketNamesRows();
void objectKeysRows();
void formatsAndDevicesRows();
void inspectionRows();
void uploadRows();
void imageBuilderRows();
void imageBuilderTagsRows();
void afterImportRows();
