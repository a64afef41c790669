package kz.sabaq.core.journal;

import kz.sabaq.api.module.LmsModule;
import kz.sabaq.api.module.ModuleWiring;

/** A module of the test's own, wired like a plugin, that adds {@link FakeOption} to every journal. */
final class FakeOptionModule implements LmsModule {
    final FakeOption option = new FakeOption();

    @Override
    public String id() {
        return "journal-test";
    }

    @Override
    public void wire(ModuleWiring wiring) {
        wiring.journalOption(option);
    }
}
