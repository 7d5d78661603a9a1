#pragma once

#include "models/ImportSettings.h"

#include <QJsonObject>
#include <QStringList>

namespace vmi::import {

// The `vmimport` service role VM Import/Export assumes to read the disks and make the
// snapshots, with the trust and role policies of AWS's "Required permissions for VM
// Import/Export" page. Shown to the user in full before anything is created.
class ServiceRole
{
public:
    static constexpr const char *DefaultName = "vmimport";
    static constexpr const char *ServicePrincipal = "vmie.amazonaws.com";
    static constexpr const char *PolicyName = "vmimport";

    // The role name the import uses: RoleName, or vmimport.
    static QString nameFor(const ImportSettings &settings);

    // Trust: vmie.amazonaws.com may sts:AssumeRole with the external id "vmimport".
    static QJsonObject trustPolicy();

    // Read access to the import buckets, the EC2 actions of the import, and KMS and License
    // Manager access when the import uses them.
    static QJsonObject rolePolicy(const ImportSettings &settings);

    // Every bucket the import reads from (after resolve()), without duplicates.
    static QStringList importBuckets(const ImportSettings &resolved);

    // Whether a trust policy document (a JSON object, or its text, URL-encoded as IAM returns
    // it) lets vmie.amazonaws.com assume the role.
    static bool trustsVmImport(const QJsonValue &document);
    // The same for any service principal ("imagebuilder.amazonaws.com").
    static bool trustsService(const QJsonValue &document, QLatin1String principal);
};

} // namespace vmi::import
