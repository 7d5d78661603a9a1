#pragma once

#include <QString>

namespace vmi::aws {

// Every way an AWS call can fail, as one value (ARCHITECTURE.md, decision 3). A service
// error carries what AWS said; the other kinds are ours, with a message for the user.
struct AwsError
{
    enum class Kind
    {
        None,         // no error
        Service,      // AWS answered with an error body (code, message, request id)
        Network,      // connection refused, reset, DNS, TLS
        Timeout,      // no byte moved for the inactivity timeout
        Credentials,  // no credentials, or fetching them failed (process, AssumeRole, keychain)
        InvalidInput, // the input does not fit the operation's model; nothing was sent
        Parse,        // the answer could not be read
        Cancelled,    // the caller aborted the call
    };

    Kind kind = Kind::None;
    QString service;   // "ec2", "s3", "imagebuilder", ...
    QString operation; // "ImportImage", ...
    QString code;      // AWS error code ("InvalidParameter", "NoSuchKey"), or ours for other kinds
    QString message;
    QString requestId;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    bool retryable = false;

    bool isError() const { return kind != Kind::None; }
    // Throttling codes of the SDKs' standard retry mode (botocore retries/standard.py).
    bool isThrottling() const;
    // The AWS CLI's wording: "An error occurred (Code) when calling the Op operation: message".
    QString toCliText() const;
};

} // namespace vmi::aws
