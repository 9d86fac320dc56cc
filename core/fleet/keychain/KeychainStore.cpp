// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

namespace lifeboat::fleet {
namespace {

QString keyFor(const SecretScope& scope, const QString& name) { return scope.id() + QLatin1Char('/') + name; }
QString indexFor(const SecretScope& scope) { return scope.id() + QStringLiteral("/.index"); }

// Runs a QtKeychain job to its end in a local event loop.
void runJob(QKeychain::Job& job)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

// `sentence` has %1 for the key and %2 for the keychain's own words.
Error keychainError(const QKeychain::Job& job, const QString& sentence, const QString& key)
{
    const Error::Code code = job.error() == QKeychain::NoBackendAvailable || job.error() == QKeychain::NotImplemented ? Error::Code::Unsupported
                           : job.error() == QKeychain::AccessDenied || job.error() == QKeychain::AccessDeniedByUser ? Error::Code::Unreadable
                                                                                                                      : Error::Code::Io;
    return Error{code, sentence.arg(key, job.errorString())};
}

} // namespace

KeychainStore::KeychainStore(QString service) : m_service(std::move(service)) {}

std::optional<QString> KeychainStore::unavailableReason()
{
    QKeychain::ReadPasswordJob probe(m_service);
    probe.setKey(QStringLiteral(".probe"));
    runJob(probe);
    if (probe.error() == QKeychain::NoError || probe.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    return tr("No usable keychain (%1). Passwords and passphrases will be asked for each time and not stored; "
              "Lifeboat never keeps them in a plain file.")
        .arg(probe.errorString());
}

Result<std::optional<QByteArray>> KeychainStore::readKey(const QString& key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error() != QKeychain::NoError)
        return keychainError(job, tr("The keychain could not read %1: %2"), key);
    return std::optional<QByteArray>(job.binaryData());
}

Status KeychainStore::writeKey(const QString& key, const QByteArray& data)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setBinaryData(data);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        return keychainError(job, tr("The keychain could not store %1: %2"), key);
    return success();
}

Status KeychainStore::removeKey(const QString& key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return keychainError(job, tr("The keychain could not delete %1: %2"), key);
    return success();
}

Result<QList<QByteArray>> KeychainStore::indexNames(const SecretScope& scope)
{
    auto index = readKey(indexFor(scope));
    if (!index)
        return index.error();
    QList<QByteArray> names = index->value_or(QByteArray()).split('\n');
    names.removeAll(QByteArray());
    return names;
}

Result<std::optional<QByteArray>> KeychainStore::read(const SecretScope& scope, const QString& name) { return readKey(keyFor(scope, name)); }

Status KeychainStore::write(const SecretScope& scope, const QString& name, const QByteArray& secret)
{
    if (name.startsWith(QLatin1Char('.')))
        return Error{Error::Code::Invalid, tr("A secret's name cannot start with a dot (\"%1\").").arg(name)};
    if (auto s = writeKey(keyFor(scope, name), secret); !s)
        return s;
    auto names = indexNames(scope);
    if (!names)
        return names.error();
    if (!names->contains(name.toUtf8())) {
        names->append(name.toUtf8());
        return writeKey(indexFor(scope), names->join('\n'));
    }
    return success();
}

Status KeychainStore::remove(const SecretScope& scope, const QString& name)
{
    if (auto s = removeKey(keyFor(scope, name)); !s)
        return s;
    auto names = indexNames(scope);
    if (!names)
        return names.error();
    names->removeAll(name.toUtf8());
    return names->isEmpty() ? removeKey(indexFor(scope)) : writeKey(indexFor(scope), names->join('\n'));
}

Status KeychainStore::removeScope(const SecretScope& scope)
{
    auto names = indexNames(scope);
    if (!names)
        return names.error();
    for (const QByteArray& name : *names)
        if (auto s = removeKey(keyFor(scope, QString::fromUtf8(name))); !s)
            return s;
    return removeKey(indexFor(scope));
}

} // namespace lifeboat::fleet
