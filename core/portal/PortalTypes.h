#pragma once

#include "order/DeliveryRules.h"
#include "order/OrderModel.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the portal API answers, as plain values (docs/api/openapi.yaml, components/schemas).
// The order itself (requests, assets, sources, backgrounds, links) is carried in the
// apd::order types the rules work on; what the rules do not need (versions, display state,
// the server's refusals) sits beside it.

namespace apd::portal {

struct UserRef
{
    qint64 id = 0;
    QString name;
    QString handle; // for @mentions
};

struct User
{
    qint64 id = 0;
    QString email;
    QString name;
    QString handle;
    QString role; // agency-user, agency-admin, project-owner
    qint64 companyId = 0;
};

struct Company
{
    qint64 id = 0;
    QString name;
    QString kind; // agency, studio
};

struct Session
{
    QString token;
    QDateTime expiresAt; // UTC
    User user;
};

struct Me
{
    User user;
    Company company;
};

struct ProjectCounts
{
    int requests = 0;
    int assets = 0;
    int delivered = 0;
    int approved = 0;
    int rejected = 0;
};

struct ProjectSummary
{
    qint64 id = 0;
    QString title;
    Company company;
    UserRef owner;
    UserRef assignee; // id 0: none yet
    ProjectCounts counts;
    QDateTime updatedAt;
};

// One stored version of an asset, a source or a background.
struct Version
{
    int version = 0;
    qint64 size = 0;
    QString sha256;
    QDateTime createdAt;
    qint64 uploadedBy = 0;
};

// An asset as the server shows it: the order's view plus what only the server knows.
struct AssetDetail
{
    order::Asset asset;
    QString state; // uploaded, linked, delivered, approved, rejected ("linked": uploaded with all links set)
    QList<Version> versions;
    order::RequiredLinks requiredLinks;
    QList<order::Refusal> refusals; // why it may not be delivered now; empty when it may
};

struct SourceDetail
{
    order::Source source;
    QList<Version> versions;
    QList<qint64> linkedAssetIds;
};

struct BackgroundDetail
{
    order::Background background;
    QList<Version> versions;
};

// GET /v1/projects/{id}: `order` is ready for OrderRules, DeliveryRules and AutoLinker.
struct ProjectDetail
{
    ProjectSummary summary;
    order::Project order;
    QList<UserRef> members;
    QList<UserRef> collaborators;
    QList<AssetDetail> assets;
    QList<SourceDetail> sources;
    QList<BackgroundDetail> backgrounds;

    const AssetDetail* asset(qint64 id) const;
    const AssetDetail* assetNamed(const QString& name) const; // exact (NFC) delivery name
};

struct Delivery
{
    qint64 id = 0;
    qint64 projectId = 0;
    UserRef by;
    QDateTime createdAt;
    QList<qint64> assetIds;
};

struct Review
{
    qint64 id = 0;
    qint64 assetId = 0;
    QString verdict; // approved, rejected
    QString comment;
    UserRef by;
    QDateTime createdAt;
};

// A comment on an asset or a chat message.
struct Message
{
    qint64 id = 0;
    UserRef author;
    QString body;
    QStringList mentions; // handles, chat only
    QDateTime createdAt;
};

struct Event
{
    qint64 id = 0;
    QString type;         // upload.completed, asset.linked, delivery.created, review.created, …
    qint64 projectId = 0; // 0: not about a project
    QDateTime createdAt;
    QJsonObject data;
};

struct EventPage
{
    QList<Event> events;
    qint64 next = 0; // pass as `since` next time
};

struct AccessRequest
{
    qint64 id = 0;
    QString name;
    QString email;
    QString company;
    QString role;
    QDateTime createdAt;
};

struct Ticket
{
    qint64 id = 0;
    QString subject;
    QString body;
    QString status;
    qint64 projectId = 0;
    QDateTime createdAt;
};

// POST /v1/projects/{id}/requests: either the full key, or the parts (the server numbers).
struct NewRequest
{
    QString key;
    QString type;
    QString tone;
    QString direction; // billboards: ltr, rtl
    QString language;
};

} // namespace apd::portal
