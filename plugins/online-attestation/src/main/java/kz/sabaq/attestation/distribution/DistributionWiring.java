package kz.sabaq.attestation.distribution;

import java.time.Clock;
import java.util.List;
import kz.sabaq.api.attestation.TicketDistributionStrategy;
import kz.sabaq.api.data.AuditLog;
import kz.sabaq.api.data.Transactions;
import kz.sabaq.api.module.ModuleWiring;
import kz.sabaq.attestation.Admissions;
import kz.sabaq.attestation.Attestation;
import kz.sabaq.attestation.AttestationMapper;
import kz.sabaq.attestation.AttestationSettings;

/** Wires ticket distribution: the installed strategies, generation and students' own choice (its press a quick route). */
public final class DistributionWiring {

    public TicketDistribution wire(ModuleWiring w, Attestation common) {
        Distribution distribution = build(w.mapper(DistributionMapper.class), common.store(), common.settings(),
                w.extensions(TicketDistributionStrategy.class), common.transactions(), common.audit(), common.clock());
        TilePresses presses = new TilePresses(distribution.choice(), new Admissions(common), common.texts());
        w.resource(new TileResource(presses));
        w.quickRoute(new QuickTiles(presses));
        return distribution;
    }

    static Distribution build(DistributionMapper tickets, AttestationMapper store, AttestationSettings settings,
                              List<TicketDistributionStrategy> installed, Transactions transactions, AuditLog audit,
                              Clock clock) {
        Strategies strategies = new Strategies(installed, settings);
        TileSecrets secrets = new TileSecrets(tickets, clock);
        return new Distribution(strategies,
                new Generation(tickets, store, strategies, transactions, audit, clock),
                new Choice(new PressReads(tickets), strategies, secrets, new TakeCommits(tickets, transactions, audit),
                        clock));
    }
}
