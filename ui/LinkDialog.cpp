#include "LinkDialog.h"

#include "PortalSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace apd::ui {

namespace {

constexpr int kSourceIdRole = Qt::UserRole + 1;

} // namespace

LinkDialog::LinkDialog(PortalSession* session, qint64 projectId, const order::Asset& asset, QWidget* parent)
    : QDialog(parent), m_session(session), m_projectId(projectId), m_asset(asset), m_list(new QListWidget(this)),
      m_unlinkedOnly(new QCheckBox(tr("Only PSDs not linked to anything yet"), this)),
      m_link(new QPushButton(tr("Link"), this)), m_unlink(new QPushButton(tr("Unlink"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("linkDialog"));
    setWindowTitle(tr("Link a source"));
    m_list->setObjectName(QStringLiteral("sourceList"));
    m_unlinkedOnly->setObjectName(QStringLiteral("unlinkedOnly"));
    m_link->setObjectName(QStringLiteral("linkButton"));
    m_unlink->setObjectName(QStringLiteral("unlinkButton"));
    m_message->setObjectName(QStringLiteral("linkMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_link->setEnabled(false);
    m_link->setDefault(true);
    m_unlink->setEnabled(asset.sourceId != 0);

    auto* intro = new QLabel(tr("The source of %1:").arg(asset.name), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_unlink, QDialogButtonBox::ActionRole);
    buttons->addButton(m_link, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_unlinkedOnly);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_unlinkedOnly, &QCheckBox::toggled, this, &LinkDialog::load);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QListWidgetItem* item = m_list->currentItem();
        m_link->setEnabled(item && item->data(kSourceIdRole).toLongLong() != m_asset.sourceId && !m_loading);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &LinkDialog::linkSelected);
    connect(m_link, &QPushButton::clicked, this, &LinkDialog::linkSelected);
    connect(m_unlink, &QPushButton::clicked, this, &LinkDialog::unlink);
    connect(m_session, &PortalSession::failed, this, [this](const QString& what, const QString& message) {
        if (what != tr("Linking") && what != tr("Listing the sources"))
            return;
        m_loading = false;
        m_message->setText(message);
    });
    load();
}

void LinkDialog::load()
{
    m_loading = true;
    m_list->clear();
    m_link->setEnabled(false);
    m_message->setText(tr("Loading the sources…"));
    const qint64 pid = m_projectId;
    const bool unlinkedOnly = m_unlinkedOnly->isChecked();
    m_session->call<QList<portal::SourceDetail>>(
        tr("Listing the sources"),
        [pid, unlinkedOnly](portal::PortalClient& c) { return c.sources(pid, unlinkedOnly); }, this,
        [this](const QList<portal::SourceDetail>& sources) {
            m_loading = false;
            m_list->clear();
            for (const portal::SourceDetail& s : sources) {
                QString text = s.source.name;
                if (s.source.universal)
                    text += QLatin1String(" · ") + tr("universal base");
                text += QLatin1String(" · ") + tr("linked to %n asset(s)", nullptr, int(s.linkedAssetIds.size()));
                if (s.source.id == m_asset.sourceId)
                    text += QLatin1String(" · ") + tr("linked now");
                auto* item = new QListWidgetItem(text, m_list);
                item->setData(kSourceIdRole, s.source.id);
            }
            m_message->setText(sources.isEmpty() ? tr("No source to show; upload the PSD first.") : QString());
        });
}

void LinkDialog::linkSelected()
{
    const QListWidgetItem* item = m_list->currentItem();
    if (!item || m_loading)
        return;
    const qint64 sourceId = item->data(kSourceIdRole).toLongLong();
    const qint64 pid = m_projectId, aid = m_asset.id;
    m_loading = true;
    m_link->setEnabled(false);
    m_message->setText(tr("Linking…"));
    m_session->call<portal::AssetDetail>(
        tr("Linking"),
        [pid, aid, sourceId](portal::PortalClient& c) { return c.link(pid, aid, order::FileRole::Source, sourceId); },
        this,
        [this](const portal::AssetDetail&) {
            m_loading = false;
            Q_EMIT linkChanged();
            accept();
        });
}

void LinkDialog::unlink()
{
    if (m_loading)
        return;
    const qint64 pid = m_projectId, aid = m_asset.id;
    m_loading = true;
    m_message->setText(tr("Unlinking…"));
    m_session->call<portal::AssetDetail>(
        tr("Linking"), [pid, aid](portal::PortalClient& c) { return c.unlink(pid, aid, order::FileRole::Source); },
        this,
        [this](const portal::AssetDetail&) {
            m_loading = false;
            Q_EMIT linkChanged();
            accept();
        });
}

} // namespace apd::ui
