#include "SettingsDialog.h"

#include "settings/AppSettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace apd::ui {

SettingsDialog::SettingsDialog(settings::AppSettings& settings, QWidget* parent)
    : QDialog(parent), m_settings(settings), m_parallel(new QSpinBox(this)), m_bandwidth(new QSpinBox(this)),
      m_proxy(new QLineEdit(this)), m_caFile(new QLineEdit(this)), m_language(new QComboBox(this)),
      m_languageNote(new QLabel(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings — Artwork Portal"));
    m_parallel->setObjectName(QStringLiteral("parallelUploads"));
    m_bandwidth->setObjectName(QStringLiteral("bandwidthCap"));
    m_proxy->setObjectName(QStringLiteral("proxy"));
    m_caFile->setObjectName(QStringLiteral("caFile"));
    m_language->setObjectName(QStringLiteral("language"));
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_error->setObjectName(QStringLiteral("settingsError"));

    m_parallel->setRange(1, 16);
    m_parallel->setValue(m_settings.parallelUploads());
    m_bandwidth->setRange(0, 10'000'000);
    m_bandwidth->setSingleStep(256);
    m_bandwidth->setSuffix(tr(" KiB/s"));
    m_bandwidth->setSpecialValueText(tr("No limit"));
    m_bandwidth->setValue(int(std::min<qint64>(m_settings.bandwidthCapKiBps(), 10'000'000)));
    m_proxy->setText(m_settings.proxy());
    m_proxy->setPlaceholderText(tr("the system's (e.g. http://proxy.agency.com:3128)"));
    m_caFile->setText(m_settings.caFile());
    m_caFile->setPlaceholderText(tr("none: the system's certificate authorities"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseCaFile"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Certificate authorities (PEM)"), m_caFile->text(),
                                                          tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    const QStringList names = {tr("The system's language"), QStringLiteral("English"), QStringLiteral("Español")};
    const QStringList codes = settings::AppSettings::languages();
    for (int i = 0; i < codes.size(); ++i)
        m_language->addItem(names.value(i, codes[i]), codes[i]);
    m_language->setCurrentIndex(std::max(0, int(codes.indexOf(m_settings.language()))));
    m_languageNote->setText(tr("A new language takes effect the next time the app starts."));
    m_languageNote->setWordWrap(true);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_languageNote->setVisible(m_language->currentData().toString() != m_settings.language());
        // Room for the note's wrapped lines.
        layout()->activate();
        resize(width(), std::max(height(), sizeHint().height()));
    });
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("Uploads at once:"), m_parallel);
    form->addRow(tr("Bandwidth cap:"), m_bandwidth);
    form->addRow(tr("Proxy:"), m_proxy);
    form->addRow(tr("Extra certificate authorities:"), caRow);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    auto* note = new QLabel(tr("Upload settings apply to the uploads the order window starts next; the proxy and the "
                               "certificates to the next sign-in."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

QString SettingsDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool SettingsDialog::save()
{
    const QString proxy = m_proxy->text().trimmed();
    if (!proxy.isEmpty()) {
        const QUrl url = QUrl::fromUserInput(proxy);
        if (!url.isValid() || url.host().isEmpty()) {
            m_error->setText(tr("\"%1\" is not a proxy address (such as http://proxy.agency.com:3128).").arg(proxy));
            m_error->setVisible(true);
            return false;
        }
    }
    const QString ca = m_caFile->text().trimmed();
    if (!ca.isEmpty() && !QFileInfo(ca).isFile()) {
        m_error->setText(tr("The certificate file %1 does not exist.").arg(ca));
        m_error->setVisible(true);
        return false;
    }
    m_error->setVisible(false);
    m_settings.setParallelUploads(m_parallel->value());
    m_settings.setBandwidthCapKiBps(m_bandwidth->value());
    m_settings.setProxy(proxy);
    m_settings.setCaFile(ca);
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.sync();
    return true;
}

} // namespace apd::ui
