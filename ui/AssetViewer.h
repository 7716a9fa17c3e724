#pragma once

#include "inspect/InspectionReport.h"
#include "portal/PortalTypes.h"

#include <QDialog>
#include <QImage>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace apd::ui {

class ImageCanvas;
class PortalSession;

// One asset looked at closely: the image large (zoom, pan), the safe zones of its type from
// the catalog drawn over it on demand, the source and background it is linked to, the
// inspection report of its bytes, and its comment thread (read and write). The bytes come
// from the portal (GET /v1/projects/{id}/files/{itemId}, checked against the registered
// SHA-256); decoding and inspection run off the GUI thread.
class AssetViewer : public QDialog
{
    Q_OBJECT

public:
    explicit AssetViewer(QWidget* parent = nullptr);

    // Loads the asset's latest version and its comments through `session`.
    void openAsset(PortalSession* session, const portal::ProjectDetail& project, qint64 assetId);
    // Shows an image as the asset `name` of catalog type `typeId` (what openAsset() does once the
    // bytes are decoded). `rightToLeft`: the zones are mirrored.
    void showImage(const QImage& image, const QString& name, const QString& typeId, bool rightToLeft);
    void showReport(const inspect::InspectionReport& report);
    // The studio's last verdict on the asset, with its comment.
    void showVerdict(const QString& verdict, const QString& comment);

    // Test hooks
    ImageCanvas* canvas() const { return m_canvas; }
    qint64 assetId() const { return m_assetId; }
    int commentCount() const;
    bool loading() const { return m_pending > 0; }

public Q_SLOTS:
    void postComment();
    void reloadComments();

Q_SIGNALS:
    void imageShown();
    void commentsShown();

private:
    void setStatus(const QString& text);
    static QString reportText(const inspect::InspectionReport& report);

    QPointer<PortalSession> m_session;
    qint64 m_projectId = 0;
    qint64 m_assetId = 0;
    int m_pending = 0;
    ImageCanvas* m_canvas;
    QLabel* m_title;
    QLabel* m_links;
    QLabel* m_verdict;
    QLabel* m_status;
    QCheckBox* m_zones;
    QPlainTextEdit* m_report;
    QListWidget* m_comments;
    QLineEdit* m_commentInput;
    QPushButton* m_commentPost;
};

} // namespace apd::ui
