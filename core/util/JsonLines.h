// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>
#include <optional>
#include <vector>

namespace lifeboat::jsonlines {

// Appends one compact JSON object as a line and flushes it, creating the folder. The
// error's message is the system's words; callers say which file it was for.
Status append(const QString& file, const QJsonObject& object);

// An append-only file of records, one change per line, where the last line of an id wins:
// a crash in the middle of a write loses at most that change. A missing file is empty;
// lines `parse` refuses (or that are not JSON objects, like a torn last line) are skipped
// and counted. The records come in the order their ids first appeared.
template <typename T>
Result<std::vector<T>> lastById(const QString& path, const std::function<std::optional<T>(const QJsonObject&)>& parse,
                                const std::function<QString(const T&)>& idOf, int* skipped)
{
    if (skipped)
        *skipped = 0;
    QFile file(path);
    std::vector<T> records;
    if (!file.exists())
        return records;
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::Io, file.errorString()};
    QHash<QString, std::size_t> at;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        std::optional<T> record = document.isObject() ? parse(document.object()) : std::nullopt;
        if (!record) {
            if (skipped)
                ++*skipped;
            continue;
        }
        const QString id = idOf(*record);
        if (const auto it = at.constFind(id); it != at.constEnd()) {
            records[*it] = std::move(*record);
        } else {
            at.insert(id, records.size());
            records.push_back(std::move(*record));
        }
    }
    return records;
}

} // namespace lifeboat::jsonlines
