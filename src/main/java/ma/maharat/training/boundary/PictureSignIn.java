package ma.maharat.training.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import ma.maharat.identity.boundary.CurrentUser;
import ma.maharat.identity.boundary.MaharatAuthenticationMechanism;
import ma.maharat.identity.boundary.ThisTerminal;
import ma.maharat.identity.control.Accounts;
import ma.maharat.identity.control.PictureCredential;
import ma.maharat.identity.control.PictureSequence;
import ma.maharat.identity.control.SignInOutcome;
import ma.maharat.identity.entity.Picture;
import ma.maharat.identity.entity.RegisteredTerminal;
import ma.maharat.platform.i18n.Language;
import ma.maharat.platform.i18n.LanguageSelection;
import ma.maharat.platform.i18n.PageMessages;
import ma.maharat.training.control.Cohorts;
import ma.maharat.training.control.PictureSignInRoster;
import ma.maharat.training.control.PictureSignInRoster.Trainee;
import org.omnifaces.cdi.ViewScoped;

/**
 * Picture sign-in ({@code /pictures/}), on the center's registered terminals only: anywhere else the
 * page answers 404 and shows no name. A trainee picks the first letter of her name or her cooperative,
 * then her name, then her three pictures in order; the pictures go to the authentication mechanism as a
 * {@link PictureCredential}, which signs her in like a password (new session id, same throttle) and she
 * lands on her courses.
 *
 * <p>Who is listed is decided here, where the cohorts are known: the trainees with pictures of the
 * cohorts that have picture sign-in on, read again at sign-in. The pictures chosen stay on the server.
 */
@Named
@ViewScoped
public class PictureSignIn implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Step { CHOOSE, NAMES, PICTURES }

    @Inject
    transient ThisTerminal thisTerminal;

    @Inject
    transient Cohorts cohorts;

    @Inject
    transient SecurityContext securityContext;

    @Inject
    transient LanguageSelection language;

    @Inject
    transient Accounts accounts;

    @Inject
    transient PageMessages messages;

    @Inject
    transient CurrentUser currentUser;

    private Step step = Step.CHOOSE;
    private List<Trainee> names = List.of();
    private Trainee trainee;
    private final List<Picture> chosen = new ArrayList<>();
    private transient PictureSignInRoster roster;

    /** Not a registered terminal: 404, as if the page did not exist. Someone signed in goes home. */
    public void open() throws IOException {
        if (!requireTerminal()) {
            return;
        }
        if (currentUser.isSignedIn()) {
            ExternalContext external = external();
            external.redirect(external.getRequestContextPath() + currentUser.getHomePath());
        }
    }

    public List<String> getLetters() {
        return roster().letters();
    }

    public List<PictureSignInRoster.CooperativeChoice> getCooperatives() {
        return roster().cooperatives();
    }

    public void chooseLetter(String letter) throws IOException {
        if (requireTerminal()) {
            names = roster().withLetter(letter);
            step = Step.NAMES;
        }
    }

    public void chooseCooperative(long cooperativeId) throws IOException {
        if (requireTerminal()) {
            names = roster().ofCooperative(cooperativeId);
            step = Step.NAMES;
        }
    }

    public void chooseTrainee(long accountId) throws IOException {
        if (!requireTerminal()) {
            return;
        }
        trainee = names.stream().filter(t -> t.accountId() == accountId).findFirst().orElse(null);
        chosen.clear();
        step = trainee == null ? Step.CHOOSE : Step.PICTURES;
    }

    public void pick(Picture picture) {
        if (step == Step.PICTURES && chosen.size() < PictureSequence.LENGTH) {
            chosen.add(picture);
        }
    }

    public void erase() {
        chosen.clear();
    }

    public void startAgain() {
        step = Step.CHOOSE;
        names = List.of();
        trainee = null;
        chosen.clear();
    }

    public void signIn() throws IOException {
        Optional<RegisteredTerminal> terminal = thisTerminal.get();
        if (terminal.isEmpty()) {
            notFound();
            return;
        }
        if (trainee == null || chosen.size() != PictureSequence.LENGTH) {
            messages.error(null, "pictures.chooseThree");
            return;
        }
        roster = null;
        if (!roster().offers(trainee.accountId())) {
            // Picture sign-in was switched off for her cohort (or her account) since the names were listed.
            startAgain();
            messages.error(null, "pictures.notOffered");
            return;
        }
        ExternalContext external = external();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        securityContext.authenticate(request, (HttpServletResponse) external.getResponse(), AuthenticationParameters.withParams()
                .credential(new PictureCredential(trainee.accountId(), new PictureSequence(chosen), terminal.get().getId()))
                .newAuthentication(true));
        chosen.clear();
        SignInOutcome outcome = (SignInOutcome) request.getAttribute(MaharatAuthenticationMechanism.SIGN_IN_OUTCOME);
        if (outcome instanceof SignInOutcome.SignedIn signedIn) {
            if (language.isChosenInThisSession()) {
                accounts.setPreferredLanguage(signedIn.user().accountId(), language.getCode());
            } else {
                language.applyPreference(Language.ofCode(signedIn.preferredLanguage()).orElse(Language.DEFAULT));
            }
            external.redirect(external.getRequestContextPath() + signedIn.user().role().homePath());
            FacesContext.getCurrentInstance().responseComplete();
        } else if (outcome instanceof SignInOutcome.Throttled throttled) {
            messages.error(null, "login.throttled", throttled.minutesToWait());
        } else if (outcome instanceof SignInOutcome.Deactivated) {
            messages.error(null, "login.deactivated");
        } else {
            messages.error(null, "pictures.wrong");
        }
    }

    public List<Picture> getPictures() {
        return List.of(Picture.values());
    }

    public List<Picture> getChosen() {
        return List.copyOf(chosen);
    }

    public int getChosenCount() {
        return chosen.size();
    }

    public boolean isComplete() {
        return chosen.size() == PictureSequence.LENGTH;
    }

    public Step getStep() {
        return step;
    }

    public List<Trainee> getNames() {
        return names;
    }

    public Trainee getTrainee() {
        return trainee;
    }

    public String nameOf(Trainee t) {
        return t.nameIn(language.isRightToLeft());
    }

    public String cooperativeOf(Trainee t) {
        return t.cooperativeIn(language.isRightToLeft());
    }

    private PictureSignInRoster roster() {
        if (roster == null) {
            roster = new PictureSignInRoster(cohorts.pictureSignInTrainees(), language.isRightToLeft());
        }
        return roster;
    }

    private boolean requireTerminal() throws IOException {
        if (thisTerminal.isRegistered()) {
            return true;
        }
        notFound();
        return false;
    }

    private static void notFound() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
        faces.responseComplete();
    }

    private static ExternalContext external() {
        return FacesContext.getCurrentInstance().getExternalContext();
    }
}
