package kz.sabaq.attestation.exam;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import kz.sabaq.api.web.RequiresCapability;
import kz.sabaq.api.web.View;
import kz.sabaq.api.web.Viewer;
import kz.sabaq.attestation.OnlineAttestationModule;

/** The student's own final controls, from the cabinet's menu. */
@Path("/online-attestation/mine")
@Produces(MediaType.TEXT_HTML)
public final class MineResource {
    private final ExamPage pages;

    public MineResource(ExamPage pages) {
        this.pages = pages;
    }

    @GET
    @RequiresCapability(OnlineAttestationModule.SIT)
    public View mine(@Context Viewer viewer) {
        return pages.mine(viewer.userId(), viewer.locale());
    }
}
