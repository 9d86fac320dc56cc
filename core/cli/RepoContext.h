// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CommandLine.h"
#include "RequestSecrets.h"
#include "core/engine/LockKeeper.h"
#include "core/engine/Progress.h"
#include "core/platform/Terminal.h"
#include "core/repo/Repository.h"
#include "core/repo/LocalStorage.h"
#include "core/repo/SftpStorage.h"
#include "core/util/Readable.h"
#include "core/util/Units.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>
#include <mutex>

// What every `repo` verb shares: option parsing, output (human or JSON lines), the
// passphrase, opening the repository and taking its lock.
namespace lifeboat::cli {

QString codeName(Error::Code code);
QString phaseName(engine::Phase phase);
QString nodeTypeName(repo::NodeType type);
QString formatEta(double seconds);
QString printable(const QString& text);
QJsonObject snapshotJson(const repo::Snapshot& s);

class Context {
    Q_DECLARE_TR_FUNCTIONS(RepoCommand)
public:
    Context(const QString& verb, Streams streams) : m_verb(verb), m_streams(streams) {}

    QCommandLineParser parser;
    bool json = false;

    void addCommonOptions()
    {
        parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
        parser.addOption({QStringLiteral("repo"), tr("The repository (default: $LIFEBOAT_REPOSITORY)."), tr("DIR")});
        parser.addOption({QStringLiteral("password-file"), tr("Read the passphrase from FILE."), tr("FILE")});
        parser.addOption({QStringLiteral("json"), tr("JSON lines: progress events, then one result.")});
        parser.addOption({QStringLiteral("threads"), tr("Worker threads (default: one per core)."), tr("N")});
        addSshOptions(parser);
    }

    // False (and the reason written) for a command line that cannot be used.
    bool parse(const QStringList& arguments)
    {
        QStringList withProgram = arguments;
        withProgram.prepend(QStringLiteral("lifeboat-cli"));
        if (!parser.parse(withProgram)) {
            json = arguments.contains(QStringLiteral("--json"));
            return usage(parser.errorText());
        }
        json = parser.isSet(QStringLiteral("json"));
        return true;
    }

    bool usage(const QString& message)
    {
        error(Error{Error::Code::Invalid, tr("lifeboat-cli repo %1: %2").arg(m_verb, message)});
        return false;
    }

    // For a repository given as sftp://…: how to reach and trust the server.
    static void addSshOptions(QCommandLineParser& parser, const QString& prefix = QString())
    {
        parser.addOption({prefix + QStringLiteral("ssh-identity"), tr("SSH private key for an sftp:// repository (default: ssh-agent, then ~/.ssh)."), tr("FILE")});
        parser.addOption({prefix + QStringLiteral("known-hosts"), tr("known_hosts file to check the server's key against (default: ~/.ssh/known_hosts)."), tr("FILE")});
        parser.addOption({prefix + QStringLiteral("accept-host-key"), tr("Trust a server not yet in known_hosts if its key has this fingerprint (SHA256:…)."), tr("FINGERPRINT")});
        parser.addOption({prefix + QStringLiteral("ssh-config"), tr("ssh_config file for host aliases, user, port and keys (default: ~/.ssh/config)."), tr("FILE")});
    }

    // A local directory, or sftp://[user@]host[:port]/path.
    Result<std::shared_ptr<repo::Storage>> openStorage(const QString& path, const QString& prefix = QString())
    {
        if (!ssh::SshTarget::isSftpUrl(path))
            return std::shared_ptr<repo::Storage>(std::make_shared<repo::LocalStorage>(path));
        auto target = ssh::SshTarget::parseSftpUrl(path);
        if (!target)
            return target.error();
        ssh::SshOptions options;
        // The environment gives the defaults a node's service account needs to reach a
        // repository on another node (the console's restore to a node, shared/notes/ssh-and-safety.md).
        const auto optionOrEnvironment = [&](const QString& option, const char* variable) {
            const QString given = parser.value(prefix + option);
            return given.isEmpty() && prefix.isEmpty() ? qEnvironmentVariable(variable) : given;
        };
        options.identityFile = optionOrEnvironment(QStringLiteral("ssh-identity"), "LIFEBOAT_SSH_IDENTITY");
        options.knownHostsFile = optionOrEnvironment(QStringLiteral("known-hosts"), "LIFEBOAT_KNOWN_HOSTS");
        options.acceptFingerprint = parser.value(prefix + QStringLiteral("accept-host-key"));
        options.configFile = parser.value(prefix + QStringLiteral("ssh-config"));
        auto storage = repo::SftpStorage::open(target.value(), options);
        if (!storage)
            return storage.error();
        return std::shared_ptr<repo::Storage>(std::move(storage.value()));
    }

    int threads() const { return parser.value(QStringLiteral("threads")).toInt(); }

    // --limit-rate for the verbs that write restored data (restore, drill).
    void addRateLimitOption()
    {
        parser.addOption({QStringLiteral("limit-rate"), tr("Write at most RATE (e.g. 200MB/s) over all threads."), tr("RATE")});
    }
    // The rate in bytes per second, 0 when not given.
    Result<double> rateLimit() const
    {
        if (!parser.isSet(QStringLiteral("limit-rate")))
            return 0.0;
        const QString text = parser.value(QStringLiteral("limit-rate"));
        const auto rate = units::parseBytesPerSecond(text);
        if (!rate || *rate <= 0)
            return Error{Error::Code::Invalid, tr("--limit-rate must be a rate such as 200MB/s (got \"%1\").").arg(text)};
        return *rate;
    }

    QString repositoryPath() const
    {
        const QString given = parser.value(QStringLiteral("repo"));
        return given.isEmpty() ? qEnvironmentVariable("LIFEBOAT_REPOSITORY") : given;
    }

    Result<QByteArray> passphrase(const QString& prompt, bool confirm)
    {
        if (auto sent = RequestSecrets::password())
            return *sent;
        const QString file = parser.value(QStringLiteral("password-file"));
        if (!file.isEmpty()) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly))
                return Error{Error::Code::Unreadable, tr("The password file %1 cannot be read: %2").arg(file, f.errorString())};
            QByteArray secret = f.read(4096);
            while (secret.endsWith('\n') || secret.endsWith('\r'))
                secret.chop(1);
            return secret;
        }
        if (qEnvironmentVariableIsSet("LIFEBOAT_PASSWORD"))
            return qgetenv("LIFEBOAT_PASSWORD");
        auto first = RequestSecrets::ask(prompt);
        if (!first || !confirm)
            return first;
        auto second = RequestSecrets::ask(tr("Enter it again: "));
        if (!second)
            return second;
        if (first.value() != second.value())
            return Error{Error::Code::Invalid, tr("The two passphrases differ; nothing was changed.")};
        return first;
    }

    Result<std::unique_ptr<repo::Repository>> openRepository()
    {
        const QString path = repositoryPath();
        if (path.isEmpty())
            return Error{Error::Code::Invalid, tr("Which repository? Give --repo DIR or set LIFEBOAT_REPOSITORY.")};
        auto opened = openStorage(path);
        if (!opened)
            return opened.error();
        std::shared_ptr<repo::Storage> storage = opened.value();
        auto needs = repo::Repository::needsPassphrase(*storage);
        if (!needs)
            return needs.error();
        QByteArray secret;
        if (needs.value()) {
            auto given = passphrase(tr("Passphrase for %1: ").arg(path), false);
            if (!given)
                return given.error();
            secret = given.value();
        }
        return repo::Repository::open(storage, secret);
    }

    engine::ProgressSink progressSink()
    {
        if (json) {
            return [this](const engine::Progress& p) {
                emitJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("progress")},
                                     {QStringLiteral("phase"), phaseName(p.phase)},
                                     {QStringLiteral("filesDone"), static_cast<qint64>(p.filesDone)},
                                     {QStringLiteral("filesTotal"), static_cast<qint64>(p.filesTotal)},
                                     {QStringLiteral("bytesDone"), static_cast<qint64>(p.bytesDone)},
                                     {QStringLiteral("bytesTotal"), static_cast<qint64>(p.bytesTotal)},
                                     {QStringLiteral("bytesPerSecond"), p.bytesPerSecond},
                                     {QStringLiteral("etaSeconds"), p.etaSeconds},
                                     {QStringLiteral("currentPath"), p.currentPath}});
            };
        }
        if (!platform::Terminal::stderrIsTerminal())
            return {};
        return [this](const engine::Progress& p) {
            const double percent = p.bytesTotal ? 100.0 * static_cast<double>(p.bytesDone) / static_cast<double>(p.bytesTotal) : 0.0;
            QString path = p.currentPath;
            if (path.size() > 40)
                path = QStringLiteral("…") + path.right(39);
            m_streams.err << QStringLiteral("\r\033[K")
                          << tr("[%L1%] %2 of %3, %4, ETA %5, files %L6/%L7 %8")
                                 .arg(percent, 0, 'f', 1)
                                 .arg(readable::bytes(static_cast<double>(p.bytesDone)), readable::bytes(static_cast<double>(p.bytesTotal)),
                                      readable::bytesPerSecond(p.bytesPerSecond), formatEta(p.etaSeconds))
                                 .arg(p.filesDone)
                                 .arg(p.filesTotal)
                                 .arg(path);
            m_streams.err.flush();
            m_progressShown = true;
        };
    }

    void endProgressLine()
    {
        if (m_progressShown) {
            m_streams.err << '\n';
            m_progressShown = false;
        }
    }

    void emitJson(const QJsonObject& object)
    {
        m_streams.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) << '\n';
        m_streams.out.flush();
    }

    void result(QJsonObject object)
    {
        object.insert(QStringLiteral("type"), QStringLiteral("result"));
        emitJson(object);
    }

    int error(const Error& error)
    {
        endProgressLine();
        if (json)
            emitJson(QJsonObject{{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("code"), codeName(error.code)}, {QStringLiteral("message"), error.message}});
        m_streams.err << QStringLiteral("lifeboat-cli: ") << error.message << '\n';
        switch (error.code) {
        case Error::Code::Invalid: return kExitInvalid;
        case Error::Code::WrongPassword: return kExitWrongPassword;
        case Error::Code::Cancelled: return kExitCancelled;
        case Error::Code::Locked: return kExitLocked;
        default: return kExitFailed;
        }
    }

    // Takes the repository lock for the operation; stale locks of processes that are gone
    // from this host are broken, and said so.
    Result<std::unique_ptr<engine::LockKeeper>> lock(repo::Repository& repository, repo::LockKind kind, engine::CancelToken* stop)
    {
        QStringList broken;
        auto keeper = engine::LockKeeper::take(repository, kind, stop, &broken);
        for (const QString& message : broken)
            m_streams.err << tr("note: %1").arg(message) << '\n';
        return keeper;
    }

    // An operation stopped because its lock was lost says so, not just "cancelled".
    static Error failure(const Error& error, const engine::LockKeeper* keeper)
    {
        if (keeper && error.code == Error::Code::Cancelled) {
            if (auto lost = keeper->lost())
                return *lost;
        }
        return error;
    }

    QTextStream& out() { return m_streams.out; }
    QTextStream& err() { return m_streams.err; }
    // Snapshot files found damaged while resolving a name; reported when the Context ends.
    QStringList& damagedSnapshots() { return m_damaged; }
    ~Context()
    {
        m_damaged.removeDuplicates();
        for (const QString& message : m_damaged)
            m_streams.err << tr("warning: %1 (left out; run repo verify)").arg(message) << '\n';
    }

private:
    QString m_verb;
    Streams m_streams;
    bool m_progressShown = false;
    QStringList m_damaged;
};

// Ctrl-C and SIGTERM cancel cleanly: the engine stops between units of work. So does a
// `cancel` request of `lifeboat-cli serve` (cancelCurrent), which runs one engine
// operation at a time.
class InterruptScope {
public:
    InterruptScope()
    {
        platform::Terminal::onInterrupt(&m_token.flag());
        std::lock_guard lock(currentMutex());
        current() = &m_token;
    }
    ~InterruptScope()
    {
        platform::Terminal::onInterrupt(nullptr);
        std::lock_guard lock(currentMutex());
        current() = nullptr;
    }
    engine::CancelToken* token() { return &m_token; }
    // True when an operation was running and has been asked to stop.
    static bool cancelCurrent()
    {
        std::lock_guard lock(currentMutex());
        if (!current())
            return false;
        current()->cancel();
        return true;
    }

private:
    static std::mutex& currentMutex()
    {
        static std::mutex m;
        return m;
    }
    static engine::CancelToken*& current()
    {
        static engine::CancelToken* token = nullptr;
        return token;
    }
    engine::CancelToken m_token;
};


} // namespace lifeboat::cli
