// SPDX-License-Identifier: GPL-3.0-or-later
#include "Protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace lifeboat::protocol {

const QStringList& Protocol::engineOps()
{
    static const QStringList ops{
        QStringLiteral("plan.check"),     QStringLiteral("plan.show"),
        QStringLiteral("repo.init"),      QStringLiteral("repo.backup"),     QStringLiteral("repo.snapshots"), QStringLiteral("repo.ls"),
        QStringLiteral("repo.diff"),      QStringLiteral("repo.restore"),    QStringLiteral("repo.verify"),    QStringLiteral("repo.stats"),
        QStringLiteral("repo.key.list"),  QStringLiteral("repo.key.add"),    QStringLiteral("repo.key.remove"), QStringLiteral("repo.key.passwd"),
        QStringLiteral("repo.forget"),    QStringLiteral("repo.prune"),      QStringLiteral("repo.repair"),    QStringLiteral("repo.unlock"),
        QStringLiteral("repo.copy"),      QStringLiteral("repo.drill"),
        QStringLiteral("schedule.set"),   QStringLiteral("schedule.list"),  QStringLiteral("schedule.set-key"),
        QStringLiteral("model.mttdl"),    QStringLiteral("model.simultaneous"), QStringLiteral("model.window"), QStringLiteral("model.rpo"),
        QStringLiteral("model.rto"),      QStringLiteral("model.detection"), QStringLiteral("model.plan"),     QStringLiteral("model.simulate"),
    };
    return ops;
}

bool Protocol::isEngineOp(const QString& op) { return engineOps().contains(op); }

Result<Protocol::Command> Protocol::commandFor(const QString& op, const QJsonObject& params)
{
    if (!isEngineOp(op))
        return Error{Error::Code::NotFound, tr("Unknown op \"%1\".").arg(op)};
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    Command command;
    command.arguments = op.split(QLatin1Char('.'));
    QStringList positional;
    for (auto it = params.begin(); it != params.end(); ++it) {
        const QString& name = it.key();
        const QJsonValue& value = it.value();
        if (name == QLatin1String("args")) {
            if (!value.isArray())
                return Error{Error::Code::Invalid, tr("\"params.args\" must be a list of strings.")};
            for (const QJsonValue& v : value.toArray()) {
                if (!v.isString())
                    return Error{Error::Code::Invalid, tr("\"params.args\" must be a list of strings.")};
                positional << v.toString();
            }
            continue;
        }
        if (!key.match(name).hasMatch())
            return Error{Error::Code::Invalid, tr("\"params.%1\" is not an option name (lower-case letters, digits and dashes).").arg(name)};
        if (name == QLatin1String("json"))
            continue;   // always given
        if (name == QLatin1String("password") || name == QLatin1String("from-password") || name == QLatin1String("new-password")) {
            if (!value.isString())
                return Error{Error::Code::Invalid, tr("\"params.%1\" must be a string.").arg(name)};
            QByteArray& target = name == QLatin1String("password") ? command.password
                               : name == QLatin1String("from-password") ? command.fromPassword
                                                                         : command.newPassword;
            target = value.toString().toUtf8();
            continue;
        }
        const QString option = QStringLiteral("--") + name;
        const auto append = [&](const QJsonValue& v) -> Status {
            if (v.isString())
                command.arguments << option << v.toString();
            else if (v.isDouble())
                command.arguments << option << QString::number(v.toDouble(), 'g', 17);
            else
                return Error{Error::Code::Invalid, tr("\"params.%1\" must be a string, a number, true or a list of them.").arg(name)};
            return success();
        };
        if (value.isBool()) {
            if (value.toBool())
                command.arguments << option;
        } else if (value.isNull()) {
            continue;
        } else if (value.isArray()) {
            for (const QJsonValue& v : value.toArray())
                if (auto s = append(v); !s)
                    return s.error();
        } else if (auto s = append(value); !s) {
            return s.error();
        }
    }
    command.arguments << QStringLiteral("--json") << QStringLiteral("--") << positional;
    return command;
}

QByteArray Protocol::line(const QJsonObject& message) { return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n'; }

QJsonObject Protocol::error(const QJsonValue& id, const QString& code, const QString& message)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("error")}, {QStringLiteral("id"), id}, {QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
}

} // namespace lifeboat::protocol
