// SPDX-License-Identifier: GPL-3.0-or-later
#include "Snapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::repo {

QByteArray Snapshot::toJson() const
{
    QJsonObject summaryObject{
        {QStringLiteral("files"), static_cast<qint64>(summary.files)},
        {QStringLiteral("directories"), static_cast<qint64>(summary.directories)},
        {QStringLiteral("symlinks"), static_cast<qint64>(summary.symlinks)},
        {QStringLiteral("bytes"), static_cast<qint64>(summary.bytes)},
        {QStringLiteral("filesUnchanged"), static_cast<qint64>(summary.filesUnchanged)},
        {QStringLiteral("newBlobs"), static_cast<qint64>(summary.newBlobs)},
        {QStringLiteral("newStoredBytes"), static_cast<qint64>(summary.newStoredBytes)},
        {QStringLiteral("durationSeconds"), summary.durationSeconds},
    };
    QJsonObject object{
        {QStringLiteral("version"), 1},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("hostname"), hostname},
        {QStringLiteral("username"), username},
        {QStringLiteral("paths"), QJsonArray::fromStringList(paths)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(tags)},
        {QStringLiteral("tree"), tree.toHex()},
        {QStringLiteral("summary"), summaryObject},
    };
    if (!parent.isEmpty())
        object.insert(QStringLiteral("parent"), parent);
    if (!dataset.isEmpty())
        object.insert(QStringLiteral("dataset"), dataset);
    if (!generation.isEmpty())
        object.insert(QStringLiteral("generation"), generation);
    if (!damagedPaths.isEmpty())
        object.insert(QStringLiteral("damagedPaths"), QJsonArray::fromStringList(damagedPaths));
    if (!repairedFrom.isEmpty())
        object.insert(QStringLiteral("repairedFrom"), repairedFrom);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<Snapshot> Snapshot::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{Error::Code::Corrupt, QCoreApplication::translate("Snapshot", "The snapshot is not valid JSON: %1.").arg(parseError.errorString())};
    const QJsonObject object = document.object();
    Snapshot snapshot;
    if (object.value(QStringLiteral("version")).toInt() != 1)
        return Error{Error::Code::Corrupt, QCoreApplication::translate("Snapshot", "The snapshot has an unknown version.")};
    snapshot.time = QDateTime::fromString(object.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    snapshot.hostname = object.value(QStringLiteral("hostname")).toString();
    snapshot.username = object.value(QStringLiteral("username")).toString();
    for (const QJsonValue& path : object.value(QStringLiteral("paths")).toArray())
        snapshot.paths.append(path.toString());
    for (const QJsonValue& tag : object.value(QStringLiteral("tags")).toArray())
        snapshot.tags.append(tag.toString());
    snapshot.parent = object.value(QStringLiteral("parent")).toString();
    snapshot.dataset = object.value(QStringLiteral("dataset")).toString();
    snapshot.generation = object.value(QStringLiteral("generation")).toString();
    for (const QJsonValue& path : object.value(QStringLiteral("damagedPaths")).toArray())
        snapshot.damagedPaths.append(path.toString());
    snapshot.repairedFrom = object.value(QStringLiteral("repairedFrom")).toString();
    if (!snapshot.time.isValid() || !ContentId::fromHex(object.value(QStringLiteral("tree")).toString(), snapshot.tree))
        return Error{Error::Code::Corrupt, QCoreApplication::translate("Snapshot", "The snapshot has no valid time or tree.")};
    const QJsonObject summary = object.value(QStringLiteral("summary")).toObject();
    const auto count = [&](const char* key) { return static_cast<std::uint64_t>(summary.value(QLatin1String(key)).toInteger()); };
    snapshot.summary.files = count("files");
    snapshot.summary.directories = count("directories");
    snapshot.summary.symlinks = count("symlinks");
    snapshot.summary.bytes = count("bytes");
    snapshot.summary.filesUnchanged = count("filesUnchanged");
    snapshot.summary.newBlobs = count("newBlobs");
    snapshot.summary.newStoredBytes = count("newStoredBytes");
    snapshot.summary.durationSeconds = summary.value(QStringLiteral("durationSeconds")).toDouble();
    return snapshot;
}

} // namespace lifeboat::repo
