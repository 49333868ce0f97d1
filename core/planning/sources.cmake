# The planner (D5.5 2.2-2.3): candidates and rejections, the Pareto search, sequencing on
# a sample-flow graph (Boost.Graph, private to SampleFlowGraph.cpp), exports, validation
# and the stored requests.
find_package(Boost 1.74 REQUIRED)
target_link_libraries(probematrix_core PRIVATE Boost::boost)
target_sources(probematrix_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Candidates.h ${CMAKE_CURRENT_LIST_DIR}/Candidates.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Plan.h ${CMAKE_CURRENT_LIST_DIR}/Planner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlanningModel.h ${CMAKE_CURRENT_LIST_DIR}/PlanningModel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TechniqueRules.h ${CMAKE_CURRENT_LIST_DIR}/TechniqueRules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DamageTable.h ${CMAKE_CURRENT_LIST_DIR}/DamageTable.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Applicability.h ${CMAKE_CURRENT_LIST_DIR}/Applicability.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlanningProblem.h ${CMAKE_CURRENT_LIST_DIR}/ProblemBuilder.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Sequencer.cpp ${CMAKE_CURRENT_LIST_DIR}/Search.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SearchSites.h ${CMAKE_CURRENT_LIST_DIR}/SearchSites.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SampleFlowGraph.h ${CMAKE_CURRENT_LIST_DIR}/SampleFlowGraph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlanExport.h ${CMAKE_CURRENT_LIST_DIR}/PlanExport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Validation.h ${CMAKE_CURRENT_LIST_DIR}/Validation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Decision.h ${CMAKE_CURRENT_LIST_DIR}/Decision.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlanDiff.h ${CMAKE_CURRENT_LIST_DIR}/PlanDiff.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlanStore.h ${CMAKE_CURRENT_LIST_DIR}/PlanStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StoredPlanCheck.h ${CMAKE_CURRENT_LIST_DIR}/StoredPlanCheck.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PlanSession.h ${CMAKE_CURRENT_LIST_DIR}/PlanSession.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AccessRoutes.h ${CMAKE_CURRENT_LIST_DIR}/AccessRoutes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SampleAmounts.h ${CMAKE_CURRENT_LIST_DIR}/SampleAmounts.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StepTerms.cpp
)
# Its tables (resources/planning/*.json: damage, applicability, access routes, sample
# amounts) are compiled in with the bundled data by core/CMakeLists.txt.
