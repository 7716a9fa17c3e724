#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace apd::order {

// Where an asset stands in QC. "linked" is not stored: it is an uploaded asset whose required
// links are all set (see DeliveryRules).
enum class AssetState
{
    Uploaded,
    Delivered, // waiting for the owner's review
    Approved,
    Rejected,
};

QString assetStateName(AssetState state); // "uploaded", "delivered", "approved", "rejected"
bool parseAssetState(QStringView text, AssetState* state);

// What an uploaded file becomes in a project.
enum class FileRole
{
    Asset,      // the deliverable of a request
    Source,     // a PSD/PSB/AI/AE file, or the universal base (UBA)
    Background, // the textless JPG that goes with an SDP or a boxshot
};

QString fileRoleName(FileRole role); // "asset", "source", "background"
bool parseFileRole(QStringView text, FileRole* role);

// One line item of the order: one asset of one type under a structured key.
struct Request
{
    qint64 id = 0;
    QString key;         // type_tone[_dir]_seq_lang
    QString type;        // catalog id
    bool ordered = true; // part of the owner's order (false: added by the agency)
};

struct Asset
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString name; // the delivery name, NFC
    AssetState state = AssetState::Uploaded;
    qint64 sourceId = 0;     // 0: not linked
    qint64 backgroundId = 0; // 0: not linked
    int version = 1;
};

struct Source
{
    qint64 id = 0;
    QString name;
    bool universal = false; // a universal base (UBA) PSD, source of many deliverables
    int version = 1;
};

struct Background
{
    qint64 id = 0;
    qint64 requestId = 0;
    QString name;
    int version = 1;
};

// A project as the rules see it: plain values, loaded by whoever owns the storage.
struct Project
{
    qint64 id = 0;
    qint64 assigneeId = 0; // 0: none yet
    QList<Request> requests;
    QList<Asset> assets;
    QList<Source> sources;
    QList<Background> backgrounds;
    // The fewest line items of a type the project may hold, by type id. A type missing here
    // has as minimum the number of ordered requests of that type.
    QHash<QString, int> minimums;

    const Request* request(qint64 id) const;
    const Request* requestByKey(QStringView key) const;
    const Asset* asset(qint64 id) const;
    const Asset* assetForRequest(qint64 requestId) const;
    const Source* source(qint64 id) const;
    const Background* background(qint64 id) const;
    const Background* backgroundForRequest(qint64 requestId) const;
    int minimumFor(const QString& type) const;
};

// The name without its extension: what auto-linking compares.
QString stemOf(QStringView name);
// The freeform part of a name without its AVA IDs ("Red_Notice_JgfyRbjFQO#…" gives "Red_Notice").
QString titleOf(QStringView name);

} // namespace apd::order
