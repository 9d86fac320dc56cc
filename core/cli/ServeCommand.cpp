// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServeCommand.h"

#include "core/platform/Terminal.h"
#include "core/protocol/EngineServer.h"

#include <QCommandLineParser>

#include <cstdio>

namespace lifeboat::cli {

int ServeCommand::execute(const QStringList& arguments, Streams streams)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("heartbeat-seconds"), tr("Seconds between heartbeat lines (default 5)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("peer-timeout-seconds"), tr("Stop when the console has sent nothing for this long (default 15; 0: never)."), QStringLiteral("S")});
    parser.addOption({QStringLiteral("journal"), tr("The run journal file (default: in the user's data directory)."), QStringLiteral("FILE")});
    if (!parser.parse(QStringList{QStringLiteral("lifeboat-cli serve")} + arguments) || !parser.positionalArguments().isEmpty()) {
        streams.err << QStringLiteral("lifeboat-cli serve: ") << (parser.errorText().isEmpty() ? tr("serve takes no arguments.") : parser.errorText()) << '\n';
        return kExitInvalid;
    }
    protocol::EngineServer::Options options;
    const auto seconds = [&](const char* name, std::chrono::milliseconds& out, bool zeroAllowed) {
        if (!parser.isSet(QLatin1String(name)))
            return true;
        bool ok = false;
        const double value = parser.value(QLatin1String(name)).toDouble(&ok);
        if (!ok || value < 0 || (!zeroAllowed && value == 0) || value > 86400) {
            streams.err << tr("lifeboat-cli serve: --%1 must be a number of seconds up to 86400 (got \"%2\").").arg(QLatin1String(name), parser.value(QLatin1String(name))) << '\n';
            return false;
        }
        out = std::chrono::milliseconds(static_cast<long long>(value * 1000));
        return true;
    };
    if (!seconds("heartbeat-seconds", options.heartbeat, false) || !seconds("peer-timeout-seconds", options.peerTimeout, true))
        return kExitInvalid;
    if (parser.isSet(QStringLiteral("journal")))
        options.journalFile = parser.value(QStringLiteral("journal"));
    streams.out.flush();
    streams.err.flush();
    platform::Terminal::ignoreBrokenPipe();
    protocol::EngineServer server(options, stdin, stdout);
    return server.run();
}

} // namespace lifeboat::cli
