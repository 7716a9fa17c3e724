#include "OrderFixtures.h"
#include "order/AutoLinker.h"

#include <QTest>

using namespace apd::order;
using namespace apd::order::fixtures;

class TestAutoLinker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameStemLinks()
    {
        Project p = projectWith({QStringLiteral("logo-stacked_light_01_es")});
        const Asset a = addAsset(p, 1, QStringLiteral("SkyRojo#logo-stacked_light_01_es.png"));
        const Source s = addSource(p, QStringLiteral("SkyRojo#logo-stacked_light_01_es.psd"));
        QCOMPARE(AutoLinker().proposals(p), (QList<Link>{{a.id, LinkRole::Source, s.id}}));
    }

    void logosNeverTakeTheUniversalBase()
    {
        Project p = projectWith({QStringLiteral("logo-stacked_light_01_es"), QStringLiteral("character-pose_na_01_zxx"),
                                 QStringLiteral("avatar_na_01_es")});
        addAsset(p, 1, QStringLiteral("SkyRojo#logo-stacked_light_01_es.png"));
        addAsset(p, 2, QStringLiteral("SkyRojo#character-pose_na_01_zxx.png"));
        addAsset(p, 3, QStringLiteral("SkyRojo#avatar_na_01_es.png"));
        addSource(p, QStringLiteral("SkyRojo#universal-base_na_01_zxx.psd"), true);
        QVERIFY(AutoLinker().proposals(p).isEmpty());
    }

    void oneUniversalBaseLinksToEveryDerivedAsset()
    {
        Project p = projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("storyart_na_01_zxx"),
                                 QStringLiteral("sdp_na_01_es")});
        const Asset b = addAsset(p, 1, QStringLiteral("Sky#billboard_dark_ltr_01_zxx.jpg"));
        const Asset s = addAsset(p, 2, QStringLiteral("Other_Title#storyart_na_01_zxx.jpg"));
        const Asset d = addAsset(p, 3, QStringLiteral("Sky#sdp_na_01_es.jpg"));
        const Source uba = addSource(p, QStringLiteral("Sky#universal-base_na_01_zxx.psd"), true);
        const Background bg = addBackground(p, 3, QStringLiteral("Sky#sdp_na_01_es.jpg"));
        const QList<Link> links = AutoLinker().proposals(p);
        QCOMPARE(links.size(), 4);
        QVERIFY(links.contains(Link{b.id, LinkRole::Source, uba.id}));
        QVERIFY(links.contains(Link{s.id, LinkRole::Source, uba.id}));
        QVERIFY(links.contains(Link{d.id, LinkRole::Source, uba.id}));
        QVERIFY(links.contains(Link{d.id, LinkRole::Background, bg.id}));
    }

    void severalBasesLinkByTitleOrNotAtAll()
    {
        Project p = projectWith({QStringLiteral("billboard_dark_ltr_01_zxx"), QStringLiteral("storyart_na_01_zxx"),
                                 QStringLiteral("storyart_na_02_zxx")});
        const Asset b = addAsset(p, 1, QStringLiteral("Sky_JgfyRbjFQO#billboard_dark_ltr_01_zxx.jpg"));
        addAsset(p, 2, QStringLiteral("Harbor#storyart_na_01_zxx.jpg"));
        const Asset c = addAsset(p, 3, QStringLiteral("Moon#storyart_na_02_zxx.jpg"));
        const Source sky = addSource(p, QStringLiteral("Sky#universal-base_na_01_zxx.psd"), true);
        addSource(p, QStringLiteral("Harbor#universal-base_na_02_zxx.psd"), true);
        addSource(p, QStringLiteral("Harbor#universal-base_na_03_zxx.psb"), true);
        const Source own = addSource(p, QStringLiteral("Moon#storyart_na_02_zxx.psd"));
        const QList<Link> links = AutoLinker().proposals(p);
        // Sky: one base of that title (AVA IDs do not count); Harbor: two, the user chooses;
        // Moon: a PSD of the same stem wins over any base.
        QCOMPARE(links, (QList<Link>{{b.id, LinkRole::Source, sky.id}, {c.id, LinkRole::Source, own.id}}));
    }

    void handLinksAndQcAreLeftAlone()
    {
        Project p = projectWith({QStringLiteral("storyart_na_01_zxx"), QStringLiteral("storyart_na_02_zxx")});
        addAsset(p, 1, QStringLiteral("Sky#storyart_na_01_zxx.jpg"));
        addAsset(p, 2, QStringLiteral("Sky#storyart_na_02_zxx.jpg"), AssetState::Delivered);
        addSource(p, QStringLiteral("Sky#universal-base_na_01_zxx.psd"), true);
        p.assets[0].sourceId = 999;
        QVERIFY(AutoLinker().proposals(p).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestAutoLinker)
#include "TestAutoLinker.moc"
