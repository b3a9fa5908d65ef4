// SPDX-License-Identifier: GPL-3.0-or-later
#include "indication.h"

#include "../common/tr.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace Core {

bool Indication::contains(const QString &symbol) const
{
    return std::binary_search(genes.cbegin(), genes.cend(), symbol);
}

Indication Indication::fromGenes(const QStringList &list, const QString &indicationName)
{
    Indication indication;
    indication.name = indicationName;
    for (const QString &gene : list) {
        const QString symbol = gene.trimmed();
        if (!symbol.isEmpty())
            indication.genes << symbol;
    }
    std::sort(indication.genes.begin(), indication.genes.end());
    indication.genes.erase(std::unique(indication.genes.begin(), indication.genes.end()),
                           indication.genes.end());
    return indication;
}

Result<Indication> Indication::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(file.exists() ? Error::Code::FileUnreadable : Error::Code::FileNotFound,
                     Tr::tr("cannot read the indication: %1").arg(file.errorString()),
                     path);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));

    if (!lines.isEmpty()
        && lines.first().split(QLatin1Char('\t')).contains(QLatin1String("gene_symbol"))) {
        // PanelApp TSV: the green (diagnostic-grade) genes of one panel.
        const QStringList header = lines.first().split(QLatin1Char('\t'));
        const qsizetype symbolColumn = header.indexOf(QLatin1String("gene_symbol"));
        const qsizetype confidenceColumn = header.indexOf(QLatin1String("confidence_level"));
        const qsizetype nameColumn = header.indexOf(QLatin1String("panel_name"));
        const qsizetype versionColumn = header.indexOf(QLatin1String("panel_version"));
        QStringList genes;
        QStringList panels;
        for (int i = 1; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
            if (fields.size() != header.size())
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("expected %1 columns, found %2")
                                     .arg(header.size())
                                     .arg(fields.size()),
                             path,
                             i,
                             i + 1);
            if (confidenceColumn >= 0 && fields.at(confidenceColumn) != QLatin1String("3"))
                continue;
            genes << fields.at(symbolColumn);
            if (nameColumn >= 0 && versionColumn >= 0) {
                const QString panel = QStringLiteral("%1 v%2").arg(fields.at(nameColumn),
                                                                   fields.at(versionColumn));
                if (!panels.contains(panel))
                    panels << panel;
            }
        }
        return fromGenes(genes, panels.join(QStringLiteral("; ")));
    }

    return fromText(lines.join(QLatin1Char('\n')), QFileInfo(path).fileName(), path);
}

Result<Indication>
Indication::fromText(const QString &text, const QString &indicationName, const QString &path)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    const QRegularExpression symbolPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    const QRegularExpression hpoPattern(QStringLiteral("^HP:[0-9]{7}$"));
    const QRegularExpression textPattern(QStringLiteral("^(indication|phenotype|text)\\s*:\\s*"),
                                         QRegularExpression::CaseInsensitiveOption);
    QStringList genes;
    QList<PhenotypeTerm> phenotypes;
    QStringList descriptions;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).section(QLatin1Char('#'), 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QRegularExpressionMatch textMatch = textPattern.match(line);
        if (textMatch.hasMatch()) {
            const QString description = line.mid(textMatch.capturedLength()).trimmed();
            if (!description.isEmpty())
                descriptions << description;
            continue;
        }
        if (line.startsWith(QLatin1String("HP:"), Qt::CaseInsensitive)) {
            // An HPO id, then its label (words that are not gene symbols).
            const QString id = line.section(QRegularExpression(QStringLiteral("[\\s,;]+")), 0, 0);
            if (!hpoPattern.match(id).hasMatch())
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("\"%1\" is not an HPO term (HP: and seven digits)").arg(id),
                             path,
                             0,
                             i + 1);
            const QString label = line.mid(id.size())
                                          .remove(QRegularExpression(QStringLiteral("^[\\s,;]+")))
                                          .trimmed();
            const bool known
                    = std::any_of(phenotypes.cbegin(),
                                  phenotypes.cend(),
                                  [&id](const PhenotypeTerm &term) { return term.id == id; });
            if (!known)
                phenotypes.append({id, label});
            continue;
        }
        for (const QString &symbol :
             line.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts)) {
            if (!symbolPattern.match(symbol).hasMatch())
                return Error(Error::Code::MalformedRecord,
                             Tr::tr("\"%1\" is not a gene symbol").arg(symbol),
                             path,
                             0,
                             i + 1);
            genes << symbol;
        }
    }
    Indication indication = fromGenes(genes, indicationName);
    indication.phenotypes = phenotypes;
    indication.description = descriptions.join(QLatin1Char(' '));
    return indication;
}

QStringList Indication::phenotypeIds() const
{
    QStringList ids;
    for (const PhenotypeTerm &term : phenotypes)
        ids << term.id;
    return ids;
}

} // namespace Core
