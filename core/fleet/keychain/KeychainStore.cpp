// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeychainStore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>
#include <QThread>

#include <condition_variable>
#include <functional>
#include <mutex>

namespace lifeboat::fleet {

// Calls waiting on the main thread for a job, and whether they were told to stop waiting.
struct KeychainStore::Waits {
    std::mutex mutex;
    std::condition_variable changed;
    bool abandoned = false;
};

namespace {

QString keyFor(const SecretScope& scope, const QString& name) { return scope.id() + QLatin1Char('/') + name; }
QString indexFor(const SecretScope& scope) { return scope.id() + QStringLiteral("/.index"); }

struct JobOutcome {
    QKeychain::Error error = QKeychain::OtherError;
    QString errorString;
    QByteArray data;   // what a read job read
};

JobOutcome outcomeOf(QKeychain::Job& job)
{
    JobOutcome out{job.error(), job.errorString(), {}};
    if (auto* read = qobject_cast<QKeychain::ReadPasswordJob*>(&job))
        out.data = read->binaryData();
    return out;
}

// QtKeychain's jobs belong to the main thread: its job queue lives there, and a job started
// on another thread crashes it (seen here: a read from a fleet thread, SIGSEGV in the queue's
// disconnect). On the main thread the job runs in a local event loop; from any other thread
// it is posted to the main thread and the caller waits for its outcome, or until the waits
// are abandoned (the console is closing and the main thread will not run it).
JobOutcome runJob(const std::function<QKeychain::Job*()>& make, const std::shared_ptr<KeychainStore::Waits>& waits)
{
    QCoreApplication* app = QCoreApplication::instance();
    if (!app)
        return JobOutcome{QKeychain::OtherError, KeychainStore::tr("there is no application to run the keychain in"), {}};
    if (QThread::currentThread() == app->thread()) {
        std::unique_ptr<QKeychain::Job> job(make());
        job->setAutoDelete(false);
        QEventLoop loop;
        QObject::connect(job.get(), &QKeychain::Job::finished, &loop, &QEventLoop::quit);
        job->start();
        loop.exec();
        return outcomeOf(*job);
    }
    auto outcome = std::make_shared<std::optional<JobOutcome>>();
    QMetaObject::invokeMethod(app, [make, waits, outcome] {
        QKeychain::Job* job = make();
        job->setAutoDelete(true);   // deleted after `finished`
        QObject::connect(job, &QKeychain::Job::finished, job, [job, waits, outcome] {
            {
                std::lock_guard lock(waits->mutex);
                *outcome = outcomeOf(*job);
            }
            waits->changed.notify_all();
        });
        job->start();
    }, Qt::QueuedConnection);
    std::unique_lock lock(waits->mutex);
    waits->changed.wait(lock, [&] { return outcome->has_value() || waits->abandoned; });
    if (outcome->has_value())
        return **outcome;
    return JobOutcome{QKeychain::OtherError, KeychainStore::tr("the console is closing"), {}};
}

template <typename JobType>
std::function<QKeychain::Job*()> maker(const QString& service, const QString& key, const std::function<void(JobType&)>& setUp = {})
{
    return [service, key, setUp]() -> QKeychain::Job* {
        auto* job = new JobType(service);
        job->setKey(key);
        job->setInsecureFallback(false);
        if (setUp)
            setUp(*job);
        return job;
    };
}

// `sentence` has %1 for the key and %2 for the keychain's own words.
Error keychainError(const JobOutcome& job, const QString& sentence, const QString& key)
{
    const Error::Code code = job.error == QKeychain::NoBackendAvailable || job.error == QKeychain::NotImplemented ? Error::Code::Unsupported
                           : job.error == QKeychain::AccessDenied || job.error == QKeychain::AccessDeniedByUser ? Error::Code::Unreadable
                                                                                                                  : Error::Code::Io;
    return Error{code, sentence.arg(key, job.errorString)};
}

} // namespace

KeychainStore::KeychainStore(QString service) : m_service(std::move(service)), m_waits(std::make_shared<Waits>()) {}

KeychainStore::~KeychainStore() { shutDown(); }

void KeychainStore::shutDown()
{
    {
        std::lock_guard lock(m_waits->mutex);
        m_waits->abandoned = true;
    }
    m_waits->changed.notify_all();
}

std::optional<QString> KeychainStore::unavailableReason()
{
    const JobOutcome probe = runJob(maker<QKeychain::ReadPasswordJob>(m_service, QStringLiteral(".probe")), m_waits);
    if (probe.error == QKeychain::NoError || probe.error == QKeychain::EntryNotFound)
        return std::nullopt;
    return tr("No usable keychain (%1). Passwords and passphrases will be asked for each time and not stored; "
              "Lifeboat never keeps them in a plain file.")
        .arg(probe.errorString);
}

Result<std::optional<QByteArray>> KeychainStore::readKey(const QString& key)
{
    const JobOutcome job = runJob(maker<QKeychain::ReadPasswordJob>(m_service, key), m_waits);
    if (job.error == QKeychain::EntryNotFound)
        return std::optional<QByteArray>();
    if (job.error != QKeychain::NoError)
        return keychainError(job, tr("The keychain could not read %1: %2"), key);
    return std::optional<QByteArray>(job.data);
}

Status KeychainStore::writeKey(const QString& key, const QByteArray& data)
{
    const JobOutcome job = runJob(maker<QKeychain::WritePasswordJob>(m_service, key, [data](QKeychain::WritePasswordJob& j) { j.setBinaryData(data); }), m_waits);
    if (job.error != QKeychain::NoError)
        return keychainError(job, tr("The keychain could not store %1: %2"), key);
    return success();
}

Status KeychainStore::removeKey(const QString& key)
{
    const JobOutcome job = runJob(maker<QKeychain::DeletePasswordJob>(m_service, key), m_waits);
    if (job.error != QKeychain::NoError && job.error != QKeychain::EntryNotFound)
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
