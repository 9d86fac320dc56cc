// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Crypto.h"

#include <QDateTime>
#include <QString>

namespace lifeboat::repo {

// One passphrase's copy of the master key, in keys/<id>: JSON with the scrypt
// parameters and salt, and the master key sealed (AES-256-GCM) under the key scrypt
// derives from the passphrase. A repository has one per passphrase; adding or removing a
// passphrase never touches the data.
struct KeyFile {
    Q_DECLARE_TR_FUNCTIONS(KeyFile)
public:
    QString id;               // file name: SHA-256 of the stored bytes
    QDateTime created;
    QString hostname;
    QString username;
    ScryptParams scrypt;
    QByteArray salt;
    QByteArray sealedMaster;

    static Result<KeyFile> create(const MasterKey& master, const QString& repositoryId, const QByteArray& passphrase, const ScryptParams& params);
    // The master key, or WrongPassword when the passphrase does not open this key.
    Result<MasterKey> unlock(const QByteArray& passphrase, const QString& repositoryId) const;

    QByteArray toJson() const;
    static Result<KeyFile> fromJson(const QByteArray& json);
};

} // namespace lifeboat::repo
