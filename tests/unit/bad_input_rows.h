#pragma once

// The rows of tst_bad_input, kept apart from the test class because moc cannot read raw string
// literals holding "//" (s3:// URLs, file://), and the tables are full of them.
//
// cliArgumentRows:  arguments (QStringList, after "vmimport"), status (int), message (QString)
// profileFileRows:  content (QByteArray), message (QString)
// configFileRows:   config, credentials (QByteArray), arguments (QStringList), status, message
// wizardFieldRows:  operation, patch (JSON merged into a valid profile), field, severity, message

void cliArgumentRows();
void profileFileRows();
void configFileRows();
void wizardFieldRows();
