// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyFile.h"

#include "core/platform/FileSystem.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace lifeboat::repo {
namespace {

const QByteArray kKeyAad = QByteArrayLiteral("lifeboat/key/v1:");

} // namespace

Result<KeyFile> KeyFile::create(const MasterKey& master, const QString& repositoryId, const QByteArray& passphrase, const ScryptParams& params)
{
    KeyFile key;
    key.created = QDateTime::currentDateTimeUtc();
    key.hostname = QString::fromLocal8Bit(platform::FileSystem::hostName());
    key.username = QString::fromLocal8Bit(platform::FileSystem::userName());
    key.scrypt = params;
    key.salt = randomBytes(32);
    auto wrapping = Kdf::scrypt(passphrase, bytesOf(key.salt), params);
    if (!wrapping)
        return wrapping.error();
    QByteArray plain;
    plain.append(reinterpret_cast<const char*>(master.encryptionKey.data()), 32);
    plain.append(reinterpret_cast<const char*>(master.idKey.data()), 32);
    // The repository id in the AAD: a key file copied from another repository does not open here.
    key.sealedMaster = Aead::seal(wrapping.value(), bytesOf(kKeyAad + repositoryId.toLatin1()), bytesOf(plain));
    return key;
}

Result<MasterKey> KeyFile::unlock(const QByteArray& passphrase, const QString& repositoryId) const
{
    auto wrapping = Kdf::scrypt(passphrase, bytesOf(salt), scrypt);
    if (!wrapping)
        return wrapping.error();
    auto plain = Aead::open(wrapping.value(), bytesOf(kKeyAad + repositoryId.toLatin1()), bytesOf(sealedMaster));
    if (!plain)
        return Error{Error::Code::WrongPassword, tr("The passphrase does not open key %1.").arg(id.left(8))};
    if (plain->size() != 64)
        return Error{Error::Code::Corrupt, tr("Key %1 holds a master key of the wrong length.").arg(id.left(8))};
    MasterKey master;
    // Element-wise: GCC's bounds analysis cannot see the size check above through memcpy.
    for (std::size_t i = 0; i < 32; ++i) {
        master.encryptionKey[i] = static_cast<std::uint8_t>(plain->at(static_cast<qsizetype>(i)));
        master.idKey[i] = static_cast<std::uint8_t>(plain->at(static_cast<qsizetype>(i + 32)));
    }
    return master;
}

QByteArray KeyFile::toJson() const
{
    const QJsonObject object{
        {QStringLiteral("version"), 1},
        {QStringLiteral("created"), created.toString(Qt::ISODate)},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("username"), username},
        {QStringLiteral("kdf"), QStringLiteral("scrypt")},
        {QStringLiteral("N"), static_cast<qint64>(scrypt.n)},
        {QStringLiteral("r"), static_cast<qint64>(scrypt.r)},
        {QStringLiteral("p"), static_cast<qint64>(scrypt.p)},
        {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
        {QStringLiteral("data"), QString::fromLatin1(sealedMaster.toBase64())},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<KeyFile> KeyFile::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject object = document.object();
    KeyFile key;
    key.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(), Qt::ISODate);
    key.hostname = object.value(QStringLiteral("hostname")).toString();
    key.username = object.value(QStringLiteral("username")).toString();
    key.scrypt.n = static_cast<std::uint64_t>(object.value(QStringLiteral("N")).toInteger());
    key.scrypt.r = static_cast<std::uint32_t>(object.value(QStringLiteral("r")).toInteger());
    key.scrypt.p = static_cast<std::uint32_t>(object.value(QStringLiteral("p")).toInteger());
    key.salt = QByteArray::fromBase64(object.value(QStringLiteral("salt")).toString().toLatin1());
    key.sealedMaster = QByteArray::fromBase64(object.value(QStringLiteral("data")).toString().toLatin1());
    if (parseError.error != QJsonParseError::NoError || object.value(QStringLiteral("kdf")).toString() != QLatin1String("scrypt") || !key.scrypt.valid()
        || key.salt.size() < 16 || key.sealedMaster.size() != static_cast<qsizetype>(64 + Aead::kOverheadBytes))
        return Error{Error::Code::Corrupt, tr("The key file is damaged or of an unknown kind.")};
    return key;
}

} // namespace lifeboat::repo
