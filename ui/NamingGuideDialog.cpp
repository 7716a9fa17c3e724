#include "NamingGuideDialog.h"

#include "naming/AssetCatalog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace apd::ui {

NamingGuideDialog::NamingGuideDialog(const naming::AssetCatalog& catalog, QWidget* parent)
    : NamingGuideDialog(catalog, QString(), {}, parent)
{
}

NamingGuideDialog::NamingGuideDialog(const naming::AssetCatalog& catalog, const QString& projectTitle,
                                     const QList<order::Request>& requests, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("namingGuide"));
    setWindowTitle(tr("Naming guide"));
    auto* text = new QTextBrowser(this);
    text->setObjectName(QStringLiteral("namingGuideText"));
    text->setHtml(guideHtml(catalog, projectTitle, requests));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
    resize(760, 620);
}

QString NamingGuideDialog::exampleName(const naming::AssetCatalog& catalog, const QString& projectTitle,
                                       const order::Request& request)
{
    // The title without spaces or characters a name may not hold: "The Quiet Harbor" → The_Quiet_Harbor.
    QString title;
    for (const QChar c : projectTitle.simplified()) {
        if (c.isLetterOrNumber())
            title += c;
        else if (c.isSpace() || c == QLatin1Char('-'))
            title += QLatin1Char('_');
    }
    if (title.isEmpty())
        title = QStringLiteral("Title");
    const naming::AssetType* type = catalog.find(request.type);
    const QString ext = type && !type->formats.isEmpty() ? type->formats.first() : QStringLiteral("jpg");
    return QStringLiteral("%1#%2.%3").arg(title, request.key, ext);
}

QString NamingGuideDialog::guideHtml(const naming::AssetCatalog& catalog, const QString& projectTitle,
                                     const QList<order::Request>& requests)
{
    QString html;
    if (!requests.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p><ul>")
                    .arg(tr("Names for \"%1\"").arg(projectTitle).toHtmlEscaped(),
                         tr("Each request of this order, as a file name the portal accepts:"));
        for (const order::Request& r : requests)
            html +=
                QStringLiteral("<li><code>%1</code></li>").arg(exampleName(catalog, projectTitle, r).toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<h2>%1</h2>").arg(tr("How to name a delivery"));
    html += QStringLiteral("<p><code>%1</code></p>")
                .arg(tr("title[_ID|ID]#type_tone[_direction]_sequence_language.extension").toHtmlEscaped());
    html += QStringLiteral("<ul><li>%1</li><li>%2</li><li>%3</li><li>%4</li><li>%5</li></ul>")
                .arg(tr("The part before <b>#</b> is yours: usually the title, without spaces. "
                        "Recommendation IDs of the stills you used go at its end, joined by |."),
                     tr("After <b>#</b> comes the request, exactly as the order shows it. The easiest way: copy "
                        "the request's name and add the extension."),
                     tr("Tone: light or dark, or na for types without a tone. Billboards also need a direction: "
                        "ltr or rtl."),
                     tr("The sequence has two digits: 01, 02, …"),
                     tr("Language: zxx for artwork without text, otherwise the code of the language, such as es, "
                        "en or pt-BR."));
    html += QStringLiteral("<h3>%1</h3><table cellspacing=0 cellpadding=4 border=1>").arg(tr("Types and examples"));
    html +=
        QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>").arg(tr("Type"), tr("Delivered as"), tr("Example"));
    for (const naming::AssetType& t : catalog.types()) {
        QString key = t.id + QLatin1Char('_') + t.tones.first();
        if (t.needsDirection)
            key += QStringLiteral("_ltr");
        key += t.languageSpecific ? QStringLiteral("_01_es") : QStringLiteral("_01_zxx");
        const QString example = QStringLiteral("Title#%1.%2").arg(key, t.formats.value(0, QStringLiteral("jpg")));
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><code>%3</code></td></tr>")
                    .arg(t.labelIn().toHtmlEscaped(), t.formats.join(QLatin1String(", ")).toUpper(),
                         example.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("A source (PSD, PSB, AI, AE) with the same name links to its "
                        "deliverable by itself; one universal base PSD serves many JPGs."));
    return html;
}

} // namespace apd::ui
