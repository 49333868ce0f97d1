# The .deb end to end: cpack builds it, it is unpacked into a scratch root, and the
# installed probematrix-cli and probematrix are run from there (scripts/package-smoke.sh).
# Linux with dpkg only; the GUI start needs the GUI build.
find_program(DPKG_DEB_EXECUTABLE dpkg-deb)
if(UNIX AND NOT APPLE AND DPKG_DEB_EXECUTABLE AND PROBEMATRIX_BUILD_GUI)
    add_test(NAME package_smoke COMMAND ${PROJECT_SOURCE_DIR}/scripts/package-smoke.sh ${CMAKE_BINARY_DIR})
    set_tests_properties(package_smoke PROPERTIES
        LABELS packaging
        TIMEOUT 600
        # cpack installs every target into its staging folder: nothing else may build or
        # write into the build tree meanwhile.
        RUN_SERIAL TRUE)
endif()
