package kz.sabaq.api.journal;

/** The journal's "final attestation form": which parts the final control grade has. */
public enum FinalForm {
    WRITTEN,
    ORAL,
    /** Written and oral parts and their total. */
    WRITTEN_ORAL,
    /** "Сынақтан өту": passed / not passed. */
    PASS_FAIL,
    TEST
}
