package ma.maharat.identity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import ma.maharat.identity.entity.Account;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /api/me}: who the caller is, for a script to check its credentials. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity")
public class MeResource {

    @PersistenceContext
    EntityManager em;

    @Context
    SecurityContext security;

    /** The caller as the API describes them. */
    public record Me(String username, String fullName, String fullNameAr, String role, String preferredLanguage, String cooperative) {}

    @GET
    @RolesAllowed({"TRAINEE", "TRAINER", "ADMIN"})
    @Operation(summary = "The authenticated caller's account")
    public Me me() {
        Account account = em.createNamedQuery(Account.BY_USERNAME, Account.class)
                .setParameter("username", security.getUserPrincipal().getName())
                .getSingleResult();
        return new Me(account.getUsername(), account.getFullName(), account.getFullNameAr(), account.getRole().name(),
                account.getPreferredLanguage(), account.getCooperative() == null ? null : account.getCooperative().getNameFr());
    }
}
