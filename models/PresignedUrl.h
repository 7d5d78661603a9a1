#pragma once

#include <QString>

namespace vmi {

// DiskContainers[].Url may be a presigned https URL. Its query carries a signature that lets
// anyone read the object until it expires and, for temporary credentials, the session token
// itself (X-Amz-Security-Token). Profiles never hold those: they are taken out when a profile
// is saved or exported, leaving the object's address (which then needs signing again, or an
// s3:// URL or UserBucket instead).
class PresignedUrl
{
public:
    // True when `url` carries SigV4 or SigV2 query authentication.
    static bool hasCredentials(const QString &url);
    // `url` without the query-authentication parameters; other query items stay.
    static QString withoutCredentials(const QString &url);
};

} // namespace vmi
