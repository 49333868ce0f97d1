# The planner: requests, candidates, the Pareto search, sequencing, validation, the CLI.
set(_here ${CMAKE_CURRENT_LIST_DIR})
pm_add_test(test_request SOURCES ${_here}/test_request.cpp)
pm_add_test(test_candidates SOURCES ${_here}/test_candidates.cpp)
pm_add_test(test_damage SOURCES ${_here}/test_damage.cpp)
pm_add_test(test_planner_search SOURCES ${_here}/test_planner_search.cpp ${_here}/PlanChecks.h ${_here}/PlanChecks.cpp
            ${_here}/FrontChecks.h ${_here}/FrontChecks.cpp)
pm_add_test(test_scenarios SOURCES ${_here}/test_scenarios.cpp ${_here}/PlanChecks.h ${_here}/PlanChecks.cpp)
pm_add_test(test_validation SOURCES ${_here}/test_validation.cpp)
pm_add_test(test_plan_cli SOURCES ${_here}/test_plan_cli.cpp)
add_dependencies(test_plan_cli probematrix-cli)
# Exactness on the benchmark's synthetic x10 matrix (its generator is shared with bench/planner).
pm_add_test(test_search_synthetic SOURCES ${_here}/test_search_synthetic.cpp ${_here}/FrontChecks.h ${_here}/FrontChecks.cpp
            ${CMAKE_SOURCE_DIR}/bench/planner/BenchSetup.h
            ${CMAKE_SOURCE_DIR}/bench/planner/BenchSetup.cpp)
# Access routes, sample amounts and D5.5 Table 2 time terms (issue 13).
pm_add_test(test_access_amount SOURCES ${_here}/test_access_amount.cpp ${_here}/PlanChecks.h ${_here}/PlanChecks.cpp
            ${_here}/FrontChecks.h ${_here}/FrontChecks.cpp)
# The sample's electrochemical history: operando during it, cells cycled first, ex-situ samples cycled (issue 18).
pm_add_test(test_history SOURCES ${_here}/test_history.cpp ${_here}/PlanChecks.h ${_here}/PlanChecks.cpp)
