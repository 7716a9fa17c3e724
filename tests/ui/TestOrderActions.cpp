// The order window's actions, one designer's session against the real portal running
// in-process (the demo mode): a file dropped on the wrong row, both ways of renaming a
// misnamed file, a file with the name of one already uploaded (replace or skip), pausing and
// resuming uploads, linking by hand, adding and removing line items. The slots run in order
// on one portal and one window, as a user would.
#include "AddRequestDialog.h"
#include "ConfirmDialog.h"
#include "DemoPortal.h"
#include "DropZone.h"
#include "LinkDialog.h"
#include "OrderItemModel.h"
#include "OrderView.h"
#include "OrderWindow.h"
#include "OrderWindowDriver.h"
#include "PortalSession.h"
#include "ReplaceDialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>

#include <memory>

using namespace apd;
using namespace apd::testing;

namespace {

const QString kTitle = QStringLiteral("The_Quiet_Harbor#");
// The first story art carries an AVA ID in the sample folder.
const QString kStoryArt1 = QStringLiteral("The_Quiet_Harbor_JgfyRbjFQO#storyart_na_01_zxx.jpg");

QByteArray sha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Takes the URLs the window asks the desktop to open (the file manager cannot run here).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;
    Q_INVOKABLE void open(const QUrl& url) { urls << url; }
};

} // namespace

class TestOrderActions : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::DemoPortal> m_portal;
    std::unique_ptr<ui::OrderWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    ui::OrderItemModel* model() const { return m_window->orderModel(); }
    ui::OrderView* view() const { return m_window->findChild<ui::OrderView*>(QStringLiteral("orderView")); }
    QString sample(const QString& key) const { return QDir(m_portal->sampleFolder()).filePath(kTitle + key); }
    QString status() const { return m_window->findChild<QLabel*>(QStringLiteral("statusSummary"))->text(); }
    QPushButton* button(const char* name) const { return m_window->findChild<QPushButton*>(QString::fromLatin1(name)); }
    // Triggers an action of a row's "⋯" menu; false if it is missing or disabled.
    bool triggerRowAction(const QString& key, const char* action)
    {
        const order::Request* r = model()->project().requestByKey(key);
        if (!r)
            return false;
        std::unique_ptr<QMenu> menu(m_window->requestMenu(r->id));
        auto* a = menu->findChild<QAction*>(QString::fromLatin1(action));
        if (!a || !a->isEnabled())
            return false;
        a->trigger();
        return true;
    }
    bool settle(int ms = 60000)
    {
        // Busy first (the work was queued), then idle again; a quick call may be over already.
        QTest::qWait(50);
        return QTest::qWaitFor([this] { return !m_window->busy(); }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_portal = std::make_unique<ui::DemoPortal>(m_dir.path());
        QSignalSpy started(m_portal.get(), &ui::DemoPortal::started);
        m_portal->startAsync();
        QVERIFY(started.wait(60000));
        QVERIFY2(started.first().first().toBool(), qPrintable(started.first().at(1).toString()));
        m_window = std::make_unique<ui::OrderWindow>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_window->orderModel(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        m_window->openPortal(QUrl(m_portal->baseUrl()), m_portal->email(), m_portal->password(),
                             m_dir.filePath(QStringLiteral("journal.sqlite")), QStringLiteral("demo"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->hasProject() && !m_window->busy(), 30000);
    }

    void aFileOnTheWrongRowSaysWhereItBelongs()
    {
        const QString file = QDir(m_portal->sampleFolder()).filePath(kStoryArt1);
        QVERIFY(QFile::exists(file));
        QVERIFY(dropOnRow(view(), QStringLiteral("storyart_na_02_zxx"), {file}));
        QVERIFY(settle());
        const int row = refusedRow(m_window->refusedList(), kStoryArt1);
        QVERIFY(row >= 0);
        const QString text = m_window->refusedList()->item(row)->text();
        QVERIFY2(text.contains(QStringLiteral("storyart_na_02_zxx")) && text.contains(QStringLiteral("row")),
                 qPrintable(text));
        // Nothing went to either row.
        QCOMPARE(stateOf(model(), QStringLiteral("storyart_na_02_zxx")), QStringLiteral("empty"));
        QCOMPARE(stateOf(model(), QStringLiteral("storyart_na_01_zxx")), QStringLiteral("empty"));
        QCOMPARE(requestIndex(model(), QStringLiteral("storyart_na_02_zxx"), ui::OrderItemModel::CheckColumn)
                     .data(Qt::ToolTipRole)
                     .toString(),
                 text);
    }

    void aFileOnItsOwnRowGoesUp()
    {
        QVERIFY(dropOnRow(view(), QStringLiteral("storyart_na_01_zxx"),
                          {QDir(m_portal->sampleFolder()).filePath(kStoryArt1)}));
        QVERIFY(settle());
        QTRY_VERIFY_WITH_TIMEOUT(assetOf(model(), QStringLiteral("storyart_na_01_zxx")), 30000);
    }

    void theSampleFolderOnTheDropZone()
    {
        m_window->refusedList()->clear();
        // The story art of the last step is already there: it is skipped, not asked twice.
        ui::ReplaceDialog::setNextAnswers({{ui::ReplaceDialog::Answer::Skip, true}});
        QVERIFY(dropFiles(m_window->findChild<ui::DropZone*>(QStringLiteral("dropZone")), {m_portal->sampleFolder()}));
        QVERIFY(settle(120000));
        QVERIFY2(states(model()).value(QStringLiteral("linked")) >= 5, qPrintable(status()));
        QVERIFY(refusedRow(m_window->refusedList(), QStringLiteral("space")) >= 0);
    }

    void renameTheDeliveryNameOnly()
    {
        QListWidget* refused = m_window->refusedList();
        const QString misnamed = QStringLiteral("The Quiet Harbor#Billboard_dark_03_rtl_zxx.jpg");
        const int row = refusedRow(refused, misnamed);
        QVERIFY(row >= 0);
        QVERIFY2(refused->item(row)->text().contains(QStringLiteral("billboard_dark_rtl_03_zxx")),
                 qPrintable(refused->item(row)->text()));
        refused->setCurrentRow(row);
        QVERIFY(button("renameButton")->isEnabled());
        QTest::mouseClick(button("renameButton"), Qt::LeftButton);
        QVERIFY(settle());
        QTRY_VERIFY_WITH_TIMEOUT(assetOf(model(), QStringLiteral("billboard_dark_rtl_03_zxx")), 30000);
        QCOMPARE(assetOf(model(), QStringLiteral("billboard_dark_rtl_03_zxx"))->name,
                 QStringLiteral("The_Quiet_Harbor#billboard_dark_rtl_03_zxx.jpg"));
        // The file on disk kept its name.
        QVERIFY(QFile::exists(QDir(m_portal->sampleFolder()).filePath(misnamed)));
        QVERIFY(refusedRow(refused, misnamed) < 0);
    }

    void renameTheFileOnDisk()
    {
        QListWidget* refused = m_window->refusedList();
        const QString misnamed = QStringLiteral("The_Quiet_Harbor_logo_stacked_dark_01_EN.png");
        const QString fixed = sample(QStringLiteral("logo-stacked_dark_01_en.png"));
        const QString original = QDir(m_portal->sampleFolder()).filePath(misnamed);
        int row = refusedRow(refused, misnamed);
        QVERIFY(row >= 0);
        QVERIFY2(refused->item(row)->text().contains(QFileInfo(fixed).fileName()),
                 qPrintable(refused->item(row)->text()));

        // A file already has the new name: nothing is renamed, and the user is told why.
        {
            QFile blocker(fixed);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.write("someone else's file");
        }
        refused->setCurrentRow(row);
        QTest::mouseClick(button("renameOnDiskButton"), Qt::LeftButton);
        QVERIFY(settle());
        QVERIFY2(status().contains(QStringLiteral("already exists")), qPrintable(status()));
        QVERIFY(QFile::exists(original));
        row = refusedRow(refused, misnamed);
        QVERIFY(row >= 0);
        QVERIFY(refused->item(row)->text().contains(QStringLiteral("already exists")));
        QVERIFY(!assetOf(model(), QStringLiteral("logo-stacked_dark_01_en")));

        // Without it the file is renamed, then delivered under its new name.
        QVERIFY(QFile::remove(fixed));
        refused->setCurrentRow(row);
        QTest::mouseClick(button("renameOnDiskButton"), Qt::LeftButton);
        QVERIFY(settle());
        QTRY_VERIFY_WITH_TIMEOUT(assetOf(model(), QStringLiteral("logo-stacked_dark_01_en")), 30000);
        QVERIFY(QFile::exists(fixed));
        QVERIFY(!QFile::exists(original));
        QVERIFY(refusedRow(refused, misnamed) < 0);
    }

    void repairTheBloatedXmp()
    {
        QListWidget* refused = m_window->refusedList();
        const QString bloated = sample(QStringLiteral("sdp_na_01_en.jpg"));
        const int row = refusedRow(refused, QFileInfo(bloated).fileName());
        QVERIFY(row >= 0);
        QVERIFY2(refused->item(row)->text().contains(QStringLiteral("XMP")), qPrintable(refused->item(row)->text()));
        const QByteArray original = [&] {
            QFile f(bloated);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(!original.isEmpty());
        refused->setCurrentRow(row);
        QVERIFY(!button("renameButton")->isEnabled()); // the name is right: nothing to rename
        QVERIFY(button("repairXmpButton")->isEnabled());
        QVERIFY(!button("revealRepairedButton")->isEnabled());
        const QString folder = QFileInfo(bloated).dir().filePath(QStringLiteral("repaired"));
        {
            // Where the copy would go is taken by a file: the repair says so and loses nothing.
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
        }
        QTest::mouseClick(button("repairXmpButton"), Qt::LeftButton);
        QVERIFY(settle());
        QVERIFY2(status().contains(QStringLiteral("untouched")), qPrintable(status()));
        QCOMPARE(sha(bloated), QCryptographicHash::hash(original, QCryptographicHash::Sha256));
        QCOMPARE(refusedRow(refused, QFileInfo(bloated).fileName()), row);
        QVERIFY(!button("revealRepairedButton")->isEnabled());
        QVERIFY(QFile::remove(folder));

        refused->setCurrentRow(row);
        QVERIFY(button("repairXmpButton")->isEnabled());
        QTest::mouseClick(button("repairXmpButton"), Qt::LeftButton);
        QVERIFY(settle());
        // The repaired copy is checked again and uploaded; the user's file is as it was.
        QTRY_VERIFY_WITH_TIMEOUT(assetOf(model(), QStringLiteral("sdp_na_01_en")), 30000);
        QCOMPARE(sha(bloated), QCryptographicHash::hash(original, QCryptographicHash::Sha256));
        const QString copy =
            QDir(QFileInfo(bloated).dir().filePath(QStringLiteral("repaired"))).filePath(QFileInfo(bloated).fileName());
        QVERIFY2(QFileInfo(copy).size() > 0 && QFileInfo(copy).size() < original.size() / 4,
                 qPrintable(QStringLiteral("%1 → %2").arg(original.size()).arg(QFileInfo(copy).size())));
        QVERIFY(refusedRow(refused, QFileInfo(bloated).fileName()) < 0);
        // What the portal holds is the repaired copy, byte for byte; its pixels are the original's.
        const order::Asset* asset = assetOf(model(), QStringLiteral("sdp_na_01_en"));
        QVERIFY(asset);
        portal::PortalClient client(portal::ConnectionSettings(QUrl(m_portal->baseUrl())),
                                    m_window->session()->token());
        const auto uploaded = client.fileBytes(m_window->project().summary.id, asset->id);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.ok() ? QString() : uploaded.error().message));
        QCOMPARE(QCryptographicHash::hash(uploaded.value(), QCryptographicHash::Sha256), sha(copy));
        const QImage before = QImage::fromData(original);
        const QImage after(copy);
        QVERIFY(!before.isNull() && !after.isNull());
        QCOMPARE(after.convertToFormat(QImage::Format_RGB32), before.convertToFormat(QImage::Format_RGB32));
        // The row says where the copy is, and the window shows its folder.
        const QString check = requestIndex(model(), QStringLiteral("sdp_na_01_en"), ui::OrderItemModel::CheckColumn)
                                  .data(Qt::ToolTipRole)
                                  .toString();
        QVERIFY2(check.contains(QStringLiteral("repaired copy")), qPrintable(check));
        QVERIFY(button("revealRepairedButton")->isEnabled());
        if (const QString dir = qEnvironmentVariable("APD_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(m_window->grab().save(QDir(dir).filePath(QStringLiteral("order-repaired-copy-en.png"))));
        UrlCatcher opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        QTest::mouseClick(button("revealRepairedButton"), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(opened.urls, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(copy).absolutePath())});
    }

    void sameNameReplacesOrSkips()
    {
        // Two new versions of uploaded story art: each file carries the other's pixels.
        QTemporaryDir again;
        const QString one = again.filePath(kStoryArt1);
        const QString two = again.filePath(kTitle + QStringLiteral("storyart_na_02_zxx.jpg"));
        QVERIFY(QFile::copy(sample(QStringLiteral("storyart_na_02_zxx.jpg")), one));
        QVERIFY(QFile::copy(QDir(m_portal->sampleFolder()).filePath(kStoryArt1), two));
        QVERIFY(sha(one) != sha(two));
        const int v1 = assetOf(model(), QStringLiteral("storyart_na_01_zxx"))->version;
        const int v2 = assetOf(model(), QStringLiteral("storyart_na_02_zxx"))->version;

        // One question per file: replace the first, skip the second.
        const int asked = ui::ReplaceDialog::timesAsked();
        ui::ReplaceDialog::setNextAnswers(
            {{ui::ReplaceDialog::Answer::Replace, false}, {ui::ReplaceDialog::Answer::Skip, false}});
        QVERIFY(dropFiles(m_window->findChild<ui::DropZone*>(QStringLiteral("dropZone")), {one, two}));
        QVERIFY(settle());
        QCOMPARE(ui::ReplaceDialog::timesAsked(), asked + 2);
        QVERIFY(ui::ReplaceDialog::lastQuestion().contains(QStringLiteral("storyart_na_0")));
        QTRY_COMPARE_WITH_TIMEOUT(assetOf(model(), QStringLiteral("storyart_na_01_zxx"))->version, v1 + 1, 30000);
        QCOMPARE(assetOf(model(), QStringLiteral("storyart_na_02_zxx"))->version, v2);

        // "The same for the others": one question for both.
        ui::ReplaceDialog::setNextAnswers({{ui::ReplaceDialog::Answer::Skip, true}});
        QVERIFY(dropFiles(m_window->findChild<ui::DropZone*>(QStringLiteral("dropZone")), {one, two}));
        QVERIFY(settle());
        QCOMPARE(ui::ReplaceDialog::timesAsked(), asked + 3);
        QCOMPARE(assetOf(model(), QStringLiteral("storyart_na_01_zxx"))->version, v1 + 1);
        QCOMPARE(assetOf(model(), QStringLiteral("storyart_na_02_zxx"))->version, v2);
        QVERIFY2(status().contains(QStringLiteral("skipped")), qPrintable(status()));
    }

    void pauseAndResumeUploads()
    {
        QTemporaryDir more;
        const QString avatar = more.filePath(kTitle + QStringLiteral("avatar_na_02_en.png"));
        QVERIFY(QFile::copy(sample(QStringLiteral("avatar_na_01_en.png")), avatar));
        QPushButton* pause = button("pauseButton");
        QVERIFY(pause->isEnabled());
        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(pause->isChecked());
        QVERIFY(dropFiles(m_window->findChild<ui::DropZone*>(QStringLiteral("dropZone")), {avatar}));
        QVERIFY(settle());
        // Held: the row shows the upload, the status bar says it is paused, nothing arrived.
        QTest::qWait(500);
        QCOMPARE(stateOf(model(), QStringLiteral("avatar_na_02_en")), QStringLiteral("uploading"));
        QVERIFY2(status().contains(QStringLiteral("paused")), qPrintable(status()));
        QVERIFY(!assetOf(model(), QStringLiteral("avatar_na_02_en")));

        QTest::mouseClick(pause, Qt::LeftButton);
        QVERIFY(!pause->isChecked());
        QVERIFY(settle());
        QTRY_VERIFY_WITH_TIMEOUT(assetOf(model(), QStringLiteral("avatar_na_02_en")), 30000);
    }

    void linkByHand()
    {
        const QString key = QStringLiteral("billboard_dark_ltr_01_zxx");
        const order::Asset* asset = assetOf(model(), key);
        QVERIFY(asset);
        const qint64 uba = asset->sourceId; // linked by the portal on upload
        QVERIFY(uba != 0);
        QCOMPARE(stateOf(model(), key), QStringLiteral("linked"));

        // Unlinked from the row's menu, the row cannot be delivered, and its box says why.
        QVERIFY(triggerRowAction(key, "unlinkSourceAction"));
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model(), key), QStringLiteral("uploaded"), 30000);
        const QModelIndex box = requestIndex(model(), key, ui::OrderItemModel::DeliverColumn);
        QVERIFY(!(box.flags() & Qt::ItemIsUserCheckable));
        QVERIFY2(box.data(Qt::ToolTipRole).toString().contains(QStringLiteral("no source linked")),
                 qPrintable(box.data(Qt::ToolTipRole).toString()));

        // A click on the row's source opens the dialog of the project's sources.
        const QModelIndex cell = viewIndex(view(), requestIndex(model(), key, ui::OrderItemModel::SourceColumn));
        QVERIFY(cell.isValid());
        view()->scrollTo(cell);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, view()->visualRect(cell).center());
        QPointer<ui::LinkDialog> dialog = m_window->findChild<ui::LinkDialog*>(QStringLiteral("linkDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->loading(), 30000);
        auto* list = dialog->findChild<QListWidget*>(QStringLiteral("sourceList"));
        const int all = list->count();
        QVERIFY2(all >= 4, qPrintable(QString::number(all)));
        // Every PSD of the sample folder is linked to something: the toggle hides them all.
        dialog->findChild<QCheckBox*>(QStringLiteral("unlinkedOnly"))->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->loading(), 30000);
        QCOMPARE(list->count(), 0);
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("linkMessage"))->text().isEmpty());
        dialog->findChild<QCheckBox*>(QStringLiteral("unlinkedOnly"))->setChecked(false);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->loading(), 30000);
        QCOMPARE(list->count(), all);
        const int row = refusedRow(list, QStringLiteral("universal-base"));
        QVERIFY(row >= 0);
        list->setCurrentRow(row);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("linkButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog || !dialog->isVisible(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model(), key), QStringLiteral("linked"), 30000);
        QCOMPARE(assetOf(model(), key)->sourceId, uba);
        QVERIFY(box.flags() & Qt::ItemIsUserCheckable);
    }

    void addLineItemsThenRemoveThem()
    {
        const int before = int(model()->project().requests.size());
        QTest::mouseClick(button("addRequestsButton"), Qt::LeftButton);
        QPointer<ui::AddRequestDialog> dialog =
            m_window->findChild<ui::AddRequestDialog*>(QStringLiteral("addRequestDialog"));
        QVERIFY(dialog);
        auto* type = dialog->findChild<QComboBox*>(QStringLiteral("typeBox"));
        type->setCurrentIndex(type->findData(QStringLiteral("billboard")));
        auto* tone = dialog->findChild<QComboBox*>(QStringLiteral("toneBox"));
        tone->setCurrentIndex(tone->findData(QStringLiteral("dark")));
        auto* direction = dialog->findChild<QComboBox*>(QStringLiteral("directionBox"));
        QVERIFY(direction->isEnabled());
        direction->setCurrentIndex(direction->findData(QStringLiteral("rtl")));
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("languageEdit"))->isEnabled());
        dialog->findChild<QSpinBox*>(QStringLiteral("countBox"))->setValue(2);
        const QStringList keys{QStringLiteral("billboard_dark_rtl_04_zxx"),
                               QStringLiteral("billboard_dark_rtl_05_zxx")};
        QCOMPARE(dialog->keys(), keys);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("keysPreview"))->text().contains(keys.last()));

        // A language type needs its language before anything can be added.
        type->setCurrentIndex(type->findData(QStringLiteral("boxshot")));
        QVERIFY(dialog->keys().isEmpty());
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        type->setCurrentIndex(type->findData(QStringLiteral("billboard")));
        tone->setCurrentIndex(tone->findData(QStringLiteral("dark")));
        direction->setCurrentIndex(direction->findData(QStringLiteral("rtl")));
        QCOMPARE(dialog->keys(), keys);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(settle());
        QTRY_COMPARE_WITH_TIMEOUT(int(model()->project().requests.size()), before + 2, 30000);
        for (const QString& k : keys) {
            QVERIFY(model()->project().requestByKey(k));
            QCOMPARE(stateOf(model(), k), QStringLiteral("empty"));
        }

        // An added line item can go again, after the confirmation.
        ui::ConfirmDialog::setNextAnswer(true);
        QVERIFY(triggerRowAction(keys.last(), "removeRequestAction"));
        QVERIFY(ui::ConfirmDialog::lastQuestion().contains(keys.last()));
        QVERIFY(settle());
        QTRY_COMPARE_WITH_TIMEOUT(int(model()->project().requests.size()), before + 1, 30000);
        QVERIFY(!model()->project().requestByKey(keys.last()));

        // An ordered one cannot: the order would fall below its minimum. The portal says so.
        ui::ConfirmDialog::setNextAnswer(true);
        QVERIFY(triggerRowAction(QStringLiteral("storyart_na_02_zxx"), "removeRequestAction"));
        QVERIFY(settle());
        QVERIFY2(status().contains(QStringLiteral("at least")), qPrintable(status()));
        QVERIFY(model()->project().requestByKey(QStringLiteral("storyart_na_02_zxx")));

        // Declining the confirmation sends nothing.
        ui::ConfirmDialog::setNextAnswer(false);
        QVERIFY(triggerRowAction(keys.first(), "removeRequestAction"));
        QVERIFY(settle());
        QVERIFY(model()->project().requestByKey(keys.first()));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_window.reset();
        m_portal.reset();
    }
};

QTEST_MAIN(TestOrderActions)
#include "TestOrderActions.moc"
