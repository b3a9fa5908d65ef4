// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application SVG icon to square PNGs for the hicolor theme.
// Usage: genomedesk-iconrender <icon.svg> <output-directory> <size>...
// Writes <output-directory>/<size>x<size>/apps/genomedesk.png. The output depends only on
// the SVG and the sizes (no timestamps), so packages stay reproducible.
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

int main(int argc, char *argv[])
{
    // No platform plugin is needed: the icon has no text, and QPainter on a QImage is raster.
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream err(stderr);
    if (arguments.size() < 4) {
        err << "usage: genomedesk-iconrender <icon.svg> <output-directory> <size>...\n";
        return 2;
    }
    QSvgRenderer renderer(arguments.at(1));
    if (!renderer.isValid()) {
        err << "genomedesk-iconrender: cannot read " << arguments.at(1) << '\n';
        return 1;
    }
    for (const QString &text : arguments.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size <= 0 || size > 4096) {
            err << "genomedesk-iconrender: bad size " << text << '\n';
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            renderer.render(&painter);
        }
        const QString directory = QStringLiteral("%1/%2x%2/apps").arg(arguments.at(2)).arg(size);
        if (!QDir().mkpath(directory)) {
            err << "genomedesk-iconrender: cannot create " << directory << '\n';
            return 1;
        }
        QImageWriter writer(directory + QStringLiteral("/genomedesk.png"), "png");
        writer.setQuality(0); // PNG: quality 0 means the strongest zlib compression
        if (!writer.write(image.convertToFormat(QImage::Format_ARGB32))) {
            err << "genomedesk-iconrender: " << writer.errorString() << '\n';
            return 1;
        }
    }
    return 0;
}
