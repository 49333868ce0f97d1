#include "BenchSetup.h"

#include "store/BundledMatrix.h"

#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>

namespace pm::bench {

Matrix loadBundled()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!db)
        qFatal("%s", qPrintable(db.error().text()));
    MatrixStore store(**db);
    if (auto seeded = bundled::seed(store); !seeded)
        qFatal("%s", qPrintable(seeded.error().text()));
    auto m = store.load();
    if (!m)
        qFatal("%s", qPrintable(m.error().text()));
    return *m;
}

Matrix synthetic(const Matrix &base, int k)
{
    if (k == 1)
        return base;
    Matrix m = base;
    m.offerings.clear();
    QRandomGenerator rng(4242 + k);
    auto jitter = [&](OrdinalRange r, int top) {
        if (!r.known())
            return r;
        const int d = int(rng.bounded(3)) - 1;
        r.lo = std::clamp(r.lo + d, 0, top);
        r.hi = std::clamp(r.hi + d, 0, top);
        return r;
    };
    qint64 id = 1;
    for (const Offering &o : base.offerings)
        for (int copy = 0; copy < k; ++copy) {
            Offering c = o;
            c.id = id++;
            if (copy > 0) {
                c.partner = base.partners[int(rng.bounded(int(base.partners.size())))].shortName;
                for (QString &i : c.instruments)
                    i += QStringLiteral(" #%1").arg(copy);
                c.fidelity = jitter(c.fidelity, 3);
                c.resources = jitter(c.resources, 2);
                c.planningTime = jitter(c.planningTime, 3);
                c.postProcessingTime = jitter(c.postProcessingTime, 3);
            }
            m.offerings.append(c);
        }
    return m;
}

Request requestOf(int n)
{
    static const char *names[] = {"crystal structure", "oxidation state", "surface chemical composition", "SEI composition",
                                  "particle morphology", "3D microstructure", "gas evolution", "Li distribution",
                                  "electrode thickness", "porosity"};
    static const RequestMode modes[] = {RequestMode::Operando, RequestMode::Operando, RequestMode::ExSitu, RequestMode::ExSitu,
                                        RequestMode::ExSitu, RequestMode::ExSitu, RequestMode::Operando, RequestMode::Any,
                                        RequestMode::ExSitu, RequestMode::Any};
    Request r;
    r.title = QStringLiteral("bench %1").arg(n);
    r.sample = {SampleShape::Electrode, QStringLiteral("LiNiO2"), true, {}};
    r.origin = QStringLiteral("CEA");
    for (int i = 0; i < n; ++i) {
        RequestedObservable o;
        o.name = QString::fromLatin1(names[i]);
        o.mode = modes[i];
        r.observables.append(o);
    }
    if (n >= 2)
        r.correlations.append({{QStringLiteral("crystal structure"), QStringLiteral("oxidation state")}, 1});
    if (n >= 4)
        r.correlations.append({{QStringLiteral("surface chemical composition"), QStringLiteral("SEI composition")}, 2});
    return r;
}

Request campaignRequestOf(int n)
{
    struct Wanted {
        const char *name;
        RequestMode mode;
    };
    // The first 18 in the order of issue 14's measurements; the last 7 make a 25-observable campaign.
    static const Wanted wanted[] = {
        {"crystal structure", RequestMode::Operando},   {"phase fractions", RequestMode::Operando},
        {"strain", RequestMode::Any},                    {"local structure", RequestMode::ExSitu},
        {"oxidation state", RequestMode::Operando},     {"electronic structure", RequestMode::ExSitu},
        {"surface chemical composition", RequestMode::ExSitu}, {"SEI composition", RequestMode::ExSitu},
        {"SEI thickness", RequestMode::ExSitu},          {"gas evolution", RequestMode::Operando},
        {"Li distribution", RequestMode::Any},           {"particle morphology", RequestMode::ExSitu},
        {"particle cracking", RequestMode::ExSitu},      {"3D microstructure", RequestMode::Any},
        {"elemental distribution", RequestMode::ExSitu}, {"impedance", RequestMode::Operando},
        {"transition metal dissolution", RequestMode::ExSitu}, {"lithium plating", RequestMode::Operando},
        {"porosity", RequestMode::Any},                  {"tortuosity", RequestMode::Any},
        {"electrode thickness", RequestMode::ExSitu},    {"chemical bonding", RequestMode::ExSitu},
        {"Li local environment", RequestMode::ExSitu},   {"heat flow", RequestMode::Operando},
        {"defects", RequestMode::Any},
    };
    constexpr int kWanted = int(sizeof(wanted) / sizeof(wanted[0]));
    Request r;
    r.title = QStringLiteral("campaign %1").arg(n);
    r.sample = {SampleShape::PouchCell, QStringLiteral("LiNiO2/graphite"), true, {}};
    r.origin = QStringLiteral("CEA");
    for (int i = 0; i < std::min(n, kWanted); ++i) {
        RequestedObservable o;
        o.name = QString::fromLatin1(wanted[i].name);
        o.mode = wanted[i].mode;
        r.observables.append(o);
    }
    if (n >= 5)
        r.correlations.append({{QStringLiteral("crystal structure"), QStringLiteral("oxidation state")}, 1});
    if (n >= 8)
        r.correlations.append({{QStringLiteral("surface chemical composition"), QStringLiteral("SEI composition")}, 2});
    if (n >= 14)
        r.correlations.append({{QStringLiteral("particle cracking"), QStringLiteral("3D microstructure")}, 2});
    return r;
}

} // namespace pm::bench
