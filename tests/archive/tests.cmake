# Issue 17: existing data in InvenioRDM repositories (core/archive), against a local fake server.
set(_here ${CMAKE_CURRENT_LIST_DIR})
pm_add_test(test_archive SOURCES ${_here}/test_archive.cpp ${_here}/FakeRepository.h ${_here}/FakeRepository.cpp LIBS ProbeMatrix::archive)
add_dependencies(test_archive probematrix-cli)
if(TARGET probematrix_archive_ui)
    pm_add_test(test_existing_data_panel GUI SOURCES ${_here}/test_existing_data_panel.cpp ${_here}/FakeRepository.h ${_here}/FakeRepository.cpp
                LIBS probematrix_archive_ui)
endif()
# The shared repository list and the cache on a consortium server (PostgreSQL rows need
# PROBEMATRIX_TEST_PG_URL, see tests/store/tests.cmake).
if(TARGET probematrix_archive_ui)
    pm_add_test(test_archive_server GUI SOURCES ${_here}/test_archive_server.cpp
                LIBS probematrix_archive_ui probematrix_backendfixture)
endif()
if(TARGET probematrix_plan_ui)
    pm_add_test(test_workspace_existing_data GUI SOURCES ${_here}/test_workspace_existing_data.cpp ${_here}/FakeRepository.h ${_here}/FakeRepository.cpp
                LIBS probematrix_plan_ui)
endif()
# Tokens in a real keychain (GNOME Keyring in a private D-Bus session), shared by the desktop
# class and the CLI. Linux only: macOS and Windows keychains cannot be set up unattended.
if(UNIX AND NOT APPLE)
pm_add_test(test_keychain_tokens SOURCES ${_here}/test_keychain_tokens.cpp ${_here}/FakeRepository.h ${_here}/FakeRepository.cpp
            LIBS ProbeMatrix::archive LAUNCHER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(test_keychain_tokens probematrix-cli)
endif()
