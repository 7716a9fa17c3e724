#include "AddRequestDialog.h"

#include "naming/AssetCatalog.h"
#include "order/OrderRules.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace apd::ui {

AddRequestDialog::AddRequestDialog(const order::Project& project, QWidget* parent)
    : QDialog(parent), m_project(project), m_type(new QComboBox(this)), m_tone(new QComboBox(this)),
      m_direction(new QComboBox(this)), m_language(new QLineEdit(this)), m_count(new QSpinBox(this)),
      m_preview(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("addRequestDialog"));
    setWindowTitle(tr("Add line items"));
    m_type->setObjectName(QStringLiteral("typeBox"));
    m_tone->setObjectName(QStringLiteral("toneBox"));
    m_direction->setObjectName(QStringLiteral("directionBox"));
    m_language->setObjectName(QStringLiteral("languageEdit"));
    m_count->setObjectName(QStringLiteral("countBox"));
    m_preview->setObjectName(QStringLiteral("keysPreview"));
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().height() * 3);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));

    for (const naming::AssetType& t : naming::AssetCatalog::builtIn().types())
        if (t.source != naming::SourceRelation::None) // a universal base is a source, not a line item
            m_type->addItem(t.labelIn(), t.id);
    m_direction->addItem(tr("left to right (ltr)"), QStringLiteral("ltr"));
    m_direction->addItem(tr("right to left (rtl)"), QStringLiteral("rtl"));
    m_language->setPlaceholderText(tr("e.g. es, pt-BR"));
    m_count->setRange(1, 20);

    auto* form = new QFormLayout;
    form->addRow(tr("Type"), m_type);
    form->addRow(tr("Tone"), m_tone);
    form->addRow(tr("Direction"), m_direction);
    form->addRow(tr("Language"), m_language);
    form->addRow(tr("How many"), m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);

    connect(m_type, &QComboBox::currentIndexChanged, this, &AddRequestDialog::typeChanged);
    connect(m_tone, &QComboBox::currentIndexChanged, this, &AddRequestDialog::updateKeys);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &AddRequestDialog::updateKeys);
    connect(m_language, &QLineEdit::textChanged, this, &AddRequestDialog::updateKeys);
    connect(m_count, &QSpinBox::valueChanged, this, &AddRequestDialog::updateKeys);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    typeChanged();
}

void AddRequestDialog::typeChanged()
{
    const naming::AssetType* t = naming::AssetCatalog::builtIn().find(m_type->currentData().toString());
    {
        const QSignalBlocker block(m_tone);
        m_tone->clear();
        if (t)
            for (const QString& tone : t->tones)
                m_tone->addItem(tone, tone);
    }
    m_tone->setEnabled(m_tone->count() > 1);
    m_direction->setEnabled(t && t->needsDirection);
    m_language->setEnabled(t && t->languageSpecific);
    updateKeys();
}

void AddRequestDialog::updateKeys()
{
    m_keys.clear();
    const order::OrderRules rules;
    const QString type = m_type->currentData().toString();
    const naming::AssetType* t = naming::AssetCatalog::builtIn().find(type);
    QString problem;
    if (t && t->languageSpecific && m_language->text().trimmed().isEmpty())
        problem = tr("A %1 is made per language: give the language code.").arg(t->labelIn());
    // Each new item takes the next number, so the keys are worked out one after the other.
    order::Project p = m_project;
    for (int i = 0; i < m_count->value() && problem.isEmpty(); ++i) {
        const auto key = rules.nextKey(p, type, m_tone->currentData().toString(), m_direction->currentData().toString(),
                                       m_language->text().trimmed());
        if (!key) {
            problem = key.error().message;
            break;
        }
        m_keys << key.value();
        p.requests.append({-1 - i, key.value(), type, false});
    }
    if (!problem.isEmpty())
        m_keys.clear();
    m_preview->setText(problem.isEmpty() ? tr("New line items: %1").arg(m_keys.join(QLatin1String(", "))) : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_keys.isEmpty());
}

} // namespace apd::ui
