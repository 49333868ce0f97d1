#pragma once

// The benchmark's matrices and requests, shared by bench_planner and planner_probe.

#include "matrix/Matrix.h"
#include "request/Request.h"

namespace pm::bench {

// The bundled matrix, seeded into a temporary database and loaded back.
Matrix loadBundled();
// k copies of every offering, each at a random partner with its ordinal levels moved by at
// most one step: more partners offering the same techniques, as a larger consortium would.
Matrix synthetic(const Matrix &base, int k);
// n observables (origin CEA, air-sensitive electrode, a Type 1 group crystal structure +
// oxidation state, a Type 2 group surface chemical composition + SEI composition from 4 on).
Request requestOf(int n);
// Issue 14's campaign-scale request: a pouch cell from CEA (air-sensitive), the first n of 25
// observables in a fixed order mixing operando and ex-situ work (crystal structure, phase
// fractions, strain, local structure, oxidation state, ... lithium plating, then seven more),
// with correlation groups as the campaign grows: Type 1 crystal structure + oxidation state
// and Type 2 surface chemical composition + SEI composition (from 8 observables on), Type 2
// particle cracking + 3D microstructure (from 14 on).
Request campaignRequestOf(int n);

} // namespace pm::bench
