# The observable vocabulary as a hierarchy (broader/narrower, element-qualified labels) and the
# element reach of techniques; then how the planner uses both on the bundled matrix.
set(_here ${CMAKE_CURRENT_LIST_DIR})
pm_add_test(test_vocabulary SOURCES ${_here}/test_vocabulary.cpp)
pm_add_test(test_vocabulary_planning SOURCES ${_here}/test_vocabulary_planning.cpp)
