// SPDX-License-Identifier: GPL-3.0-or-later
#include "JsonLines.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace lifeboat::jsonlines {

Status append(const QString& path, const QJsonObject& object)
{
    const QString folder = QFileInfo(path).path();
    if (!QDir().mkpath(folder))
        return Error{Error::Code::Io, QCoreApplication::translate("JsonLines", "the folder %1 cannot be created").arg(folder)};
    QFile file(path);
    if (!file.open(QIODevice::Append))
        return Error{Error::Code::Io, file.errorString()};
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    if (file.write(line) != line.size() || !file.flush())
        return Error{Error::Code::Io, file.errorString()};
    return success();
}

} // namespace lifeboat::jsonlines
