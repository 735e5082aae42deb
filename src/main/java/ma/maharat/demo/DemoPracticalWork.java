package ma.maharat.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import ma.maharat.identity.entity.Account;
import ma.maharat.practical.control.PracticalWork;
import ma.maharat.practical.control.SignOffRequest;
import ma.maharat.practical.control.WorkPhotos;
import ma.maharat.practical.entity.PracticalTask;
import ma.maharat.practical.entity.RubricCriterion;
import ma.maharat.practical.entity.RubricLevel;

/**
 * The demo's practical work: Samira Bennani has signed off Fatima Zahra's summer-camp T-shirt prototype
 * (Prototyping), at a passing level with one criterion excellent, a comment and a photo of the T-shirt
 * drawn here, so the trainee's course page and the partners' API show a signed task from the start.
 */
@Stateless
public class DemoPracticalWork {

    private static final Logger LOG = Logger.getLogger(DemoPracticalWork.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticalWork practicalWork;

    public void signOffFirstPrototype() {
        List<PracticalTask> tasks = em.createNamedQuery(PracticalTask.BY_CODES, PracticalTask.class)
                .setParameter("course", "prototyping").setParameter("task", "summer-camp-tshirt").getResultList();
        Account trainer = account("samira.bennani");
        Account trainee = account("fatima.zahra");
        if (tasks.isEmpty() || trainer == null || trainee == null) {
            return;
        }
        PracticalTask task = tasks.get(0);
        Map<Long, Long> levels = new LinkedHashMap<>();
        for (RubricCriterion criterion : task.currentCriteria()) {
            String code = criterion.getCode().equals("seam-quality") ? "excellent" : "acceptable";
            RubricLevel level = criterion.currentLevels().stream().filter(l -> l.getCode().equals(code)).findFirst()
                    .orElse(criterion.currentLevels().get(criterion.currentLevels().size() - 1));
            levels.put(criterion.getId(), level.getId());
        }
        WorkPhotos.CleanPhoto photo = new WorkPhotos().clean("tshirt-prototype.jpg", tshirtPhoto());
        practicalWork.signOff(trainer.getId(), new SignOffRequest(trainee.getId(), task.getId(), levels,
                "Coutures très régulières. Encolure à reprendre légèrement au repassage ; mesures dans la tolérance.",
                List.of(), List.of(photo)));
        LOG.info("Demo practical work: the summer-camp T-shirt prototype of fatima.zahra is signed off");
    }

    private Account account(String username) {
        return em.createNamedQuery(Account.BY_USERNAME, Account.class).setParameter("username", username)
                .getResultStream().findFirst().orElse(null);
    }

    /** A photo-like picture of a turquoise T-shirt laid flat on a cutting table, drawn rather than shipped. */
    static byte[] tshirtPhoto() {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(222, 205, 178), 640, 480, new Color(196, 176, 146)));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(0, 0, 0, 30));
        for (int x = 0; x < 640; x += 40) {
            g.drawLine(x, 0, x, 480);
        }
        Path2D shirt = new Path2D.Double();
        shirt.moveTo(250, 80);
        shirt.curveTo(285, 115, 355, 115, 390, 80);
        shirt.lineTo(500, 130);
        shirt.lineTo(465, 210);
        shirt.lineTo(420, 190);
        shirt.lineTo(420, 420);
        shirt.lineTo(220, 420);
        shirt.lineTo(220, 190);
        shirt.lineTo(175, 210);
        shirt.lineTo(140, 130);
        shirt.closePath();
        g.setColor(new Color(0, 0, 0, 50));
        g.translate(6, 8);
        g.fill(shirt);
        g.translate(-6, -8);
        g.setPaint(new GradientPaint(220, 80, new Color(38, 166, 180), 420, 420, new Color(20, 120, 135)));
        g.fill(shirt);
        g.setColor(new Color(240, 240, 240));
        g.setStroke(new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 5f}, 0f));
        g.drawLine(228, 410, 412, 410);
        g.drawLine(181, 200, 146, 135);
        g.drawLine(459, 200, 494, 135);
        g.draw(new java.awt.geom.QuadCurve2D.Double(258, 88, 320, 128, 382, 88));
        g.setColor(new Color(255, 200, 40));
        g.fillOval(295, 200, 50, 50);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
