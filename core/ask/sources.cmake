# core/ask: plain-language questions, offline (issue 4). QtCore only.
target_sources(probematrix_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Words.h ${CMAKE_CURRENT_LIST_DIR}/Words.cpp
    ${CMAKE_CURRENT_LIST_DIR}/PartnerDirectory.h ${CMAKE_CURRENT_LIST_DIR}/PartnerDirectory.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AskVocabulary.h ${CMAKE_CURRENT_LIST_DIR}/AskVocabulary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Interpretation.h ${CMAKE_CURRENT_LIST_DIR}/Interpreter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RequestDraft.h ${CMAKE_CURRENT_LIST_DIR}/RequestDraft.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Evaluation.h ${CMAKE_CURRENT_LIST_DIR}/Evaluation.cpp
)
