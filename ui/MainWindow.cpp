#include "MainWindow.h"

#include "CheckResultsModel.h"
#include "DropZone.h"
#include "NamingGuideDialog.h"
#include "validate/CheckQueue.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTreeView>
#include <QVBoxLayout>

namespace apd::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_dropZone(new DropZone(this)), m_view(new QTreeView(this)),
      m_details(new QTextBrowser(this)), m_rename(new QPushButton(this)), m_status(new QLabel(this)),
      m_results(new CheckResultsModel(this)), m_checks(new validate::CheckQueue(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Artwork Portal"));

    m_view->setObjectName(QStringLiteral("checkResults"));
    m_view->setModel(m_results);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(CheckResultsModel::NameColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(CheckResultsModel::StatusColumn, 110);
    m_view->setColumnWidth(CheckResultsModel::NameColumn, 380);
    m_view->setColumnWidth(CheckResultsModel::RequestColumn, 230);

    m_details->setObjectName(QStringLiteral("checkDetails"));
    m_details->setPlaceholderText(tr("Select a file to see its problems and how to fix them."));
    m_rename->setObjectName(QStringLiteral("renameButton"));
    m_rename->setText(tr("Rename to the suggested name"));
    m_rename->setEnabled(false);

    auto* detailsPane = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(detailsPane);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_details);
    detailsLayout->addWidget(m_rename, 0, Qt::AlignRight);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(detailsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_dropZone);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status->setObjectName(QStringLiteral("statusSummary"));
    statusBar()->addPermanentWidget(m_status);
    buildMenus();
    updateStatus();
    resize(1100, 720);

    connect(m_dropZone, &DropZone::pathsDropped, this, &MainWindow::checkPaths);
    connect(m_checks, &validate::CheckQueue::checked, this,
            [this](const validate::FileReport& r, const QString&) { onChecked(r); });
    connect(m_checks, &validate::CheckQueue::batchFinished, this,
            [this](int files, const QString&) { onBatchFinished(files); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelected);
    connect(m_rename, &QPushButton::clicked, this, &MainWindow::renameSelected);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Check files…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Check files"));
        if (!paths.isEmpty())
            checkPaths(paths);
    });
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Check a &folder…"), this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Check a folder"));
        if (!dir.isEmpty())
            checkPaths({dir});
    });
    file->addAction(tr("C&lear the list"), this, [this] {
        m_results->clear();
        m_details->clear();
        updateStatus();
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Naming guide"), this, [this] {
        NamingGuideDialog dialog(naming::AssetCatalog::builtIn(), this);
        dialog.exec();
    });
}

void MainWindow::checkPaths(const QStringList& paths)
{
    statusBar()->showMessage(tr("Checking…"));
    m_checks->check(paths);
}

void MainWindow::onChecked(const validate::FileReport& report)
{
    m_results->addReport(report);
    updateStatus();
}

void MainWindow::onBatchFinished(int files)
{
    statusBar()->showMessage(tr("%n file(s) checked.", nullptr, files), 5000);
    if (!m_view->currentIndex().isValid() && m_results->rowCount() > 0)
        m_view->setCurrentIndex(m_results->index(0, 0));
}

void MainWindow::updateStatus()
{
    const int total = m_results->rowCount();
    const int valid = m_results->validCount();
    m_status->setText(total == 0 ? tr("No files checked yet")
                                 : tr("%1 ready, %2 refused").arg(valid).arg(total - valid));
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        m_rename->setEnabled(false);
        return;
    }
    const validate::FileReport& r = m_results->report(current.row());
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p>")
                       .arg(r.name.toHtmlEscaped(), QDir::toNativeSeparators(r.path).toHtmlEscaped());
    if (r.problems.isEmpty())
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("Ready to deliver as <b>%1</b>.").arg(r.parts.requestKey.toHtmlEscaped()));
    html += QStringLiteral("<ul>");
    for (const validate::Problem& p : r.problems) {
        const QString severity = p.severity == naming::Severity::Error     ? tr("Error")
                                 : p.severity == naming::Severity::Warning ? tr("Warning")
                                                                           : tr("Note");
        html += QStringLiteral("<li><b>%1:</b> %2").arg(severity, p.message.toHtmlEscaped());
        if (!p.fix.isEmpty())
            html += QStringLiteral("<br><i>%1</i>").arg(tr("Fix: %1").arg(p.fix.toHtmlEscaped()));
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ul>");
    if (!r.suggestion.isEmpty() && r.suggestion != r.name)
        html += QStringLiteral("<p>%1</p>").arg(tr("Suggested name: <b>%1</b>").arg(r.suggestion.toHtmlEscaped()));
    m_details->setHtml(html);
    m_rename->setEnabled(!r.suggestion.isEmpty() && r.suggestion != r.name);
}

void MainWindow::renameSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const validate::FileReport r = m_results->report(current.row());
    if (r.suggestion.isEmpty())
        return;
    m_rename->setEnabled(false);
    // The rename touches the disk (maybe a network share): off the GUI thread.
    QThreadPool::globalInstance()->start([this, path = r.path, suggestion = r.suggestion] {
        const QString target = QFileInfo(path).dir().filePath(suggestion);
        QString error;
        if (QFileInfo::exists(target))
            error = tr("A file named %1 is already there.").arg(suggestion);
        else if (!QFile::rename(path, target))
            error = tr("The file could not be renamed.");
        QMetaObject::invokeMethod(this, [this, path, target, error] {
            if (!error.isEmpty()) {
                statusBar()->showMessage(error, 8000);
                showSelected();
                return;
            }
            m_results->removePath(path);
            checkPaths({target});
        });
    });
}

} // namespace apd::ui
