package ma.maharat.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import ma.maharat.WebClient;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What people click through, in a real Chromium: signing in as each role, the Arabic right-to-left
 * pages, refusals, signing out at a shared terminal, an administrator opening an account, a personal
 * access token used by a script, and a trainee learning in Arabic.
 */
class BrowserIT extends BrowserScenario {

    BrowserIT() {
        super(Duration.ofSeconds(20));
    }

    @Test
    void traineeLandsOnHerHomeInHerRememberedLanguageRightToLeft() {
        browser.signIn("fatima.zahra", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        assertEquals("rtl", html().getAttribute("dir"));
        assertEquals("ar", html().getAttribute("lang"));
        assertTrue(browser.findElement(By.id("trainee-home")).getText().contains("فاطمة الزهراء بشرى"),
                "her name in Arabic on an Arabic page");
        assertTrue(browser.findElement(By.id("menu-learn")).getText().contains("تكويناتي"));
    }

    @Test
    void switchingLanguageMirrorsThePageAndIsRememberedForTheNextSignIn() {
        browser.signIn("khadija.elidrissi", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        assertEquals("ltr", html().getAttribute("dir"));

        browser.findElement(By.id("lang-ar")).click();
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
        assertEquals("ar", html().getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().endsWith("/learn/"), "the page stays, without the parameter: " + browser.getCurrentUrl());

        browser.signOutForTheNextPerson();
        browser.signIn("khadija.elidrissi", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        assertEquals("rtl", html().getAttribute("dir"), "Arabic was remembered for her");

        browser.findElement(By.id("lang-fr")).click();
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "ltr"));
    }

    @Test
    void wrongPasswordSaysSoOnTheForm() {
        browser.signIn("mariam.ouali", "not-her-password");
        WebElement message = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertTrue(message.getText().contains("incorrect") || message.getText().contains("غير صحيحة") || message.getText().contains("Wrong"),
                message.getText());
        assertTrue(browser.getCurrentUrl().contains("login.xhtml"));
    }

    @Test
    void traineeIsRefusedAnAdministratorPage() {
        browser.signIn("salma.lahlou", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("admin/accounts.xhtml");
        WebElement error = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertTrue(browser.findElement(By.id("error-reference")).getText().matches("[2-9A-Z]{4}-[2-9A-Z]{4}"));
        assertFalse(browser.getPageSource().contains("accounts:table"), "no account data leaks into the refusal");
        assertTrue(error.isDisplayed());
    }

    @Test
    void trainerSeesTheTraineesOfTheCooperatives() {
        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        String trainees = browser.findElement(By.id("trainees")).getText();
        assertTrue(trainees.contains("Hind Amrani"), trainees);
        assertTrue(trainees.contains("Coopérative Nour Es-Semara"), trainees);
    }

    @Test
    void signingOutEndsTheSessionForTheNextPersonAtTheTerminal() {
        browser.signIn("hind.amrani", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.signOut();
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("signed-out")));

        browser.open("learn/");
        browser.waitFor(ExpectedConditions.urlContains("login.xhtml"));
        assertTrue(browser.findElements(By.id("trainee-home")).isEmpty());
    }

    @Test
    void administratorOpensAnAccountAndTheNewTraineeChoosesHerOwnPassword() {
        String username = "nouvelle-" + Long.toString(System.nanoTime(), 36);
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        assertTrue(Integer.parseInt(browser.findElement(By.id("count-trainees")).getText().trim()) >= 9);

        browser.open("admin/accounts.xhtml");
        browser.findElement(By.id("create:username")).sendKeys(username);
        browser.findElement(By.id("create:fullName")).sendKeys("Rkia Nouvelle");
        browser.findElement(By.id("create:fullNameAr")).sendKeys("رقية الجديدة");
        browser.findElement(By.id("create:password")).sendKeys("provisoire-1");
        browser.findElement(By.id("create:createAccount")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), username));
        // The list shows 25 accounts a page: the new one is found with the username filter.
        browser.findElement(By.cssSelector("[id='accounts:table'] input.ui-column-filter")).sendKeys(username);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:table"), username));
        assertTrue(browser.findElement(By.id("accounts:table")).getText().contains("رقية الجديدة"), "Arabic name stored intact");

        browser.signOutForTheNextPerson();
        browser.signIn(username, "provisoire-1");
        browser.waitFor(ExpectedConditions.urlContains("/profile/password.xhtml"));
        browser.open("learn/");
        browser.waitFor(ExpectedConditions.urlContains("/profile/password.xhtml"));

        browser.findElement(By.id("password:current")).sendKeys("provisoire-1");
        browser.findElement(By.id("password:new")).sendKeys("mon propre mot");
        browser.findElement(By.id("password:repeat")).sendKeys("mon propre mot");
        browser.findElement(By.id("password:save")).click();
        browser.waitForPath("/learn/");
        assertTrue(browser.findElement(By.id("trainee-home")).getText().contains("Rkia Nouvelle"));
    }

    @Test
    void personalAccessTokenWorksForScriptsUntilRevoked() {
        browser.signIn("omar.alaoui", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.open("profile/");
        browser.findElement(By.id("tokens:tokenName")).sendKeys("rapport");
        browser.findElement(By.id("tokens:createToken")).click();
        String secret = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("token-secret"))).getText().trim();
        assertTrue(secret.startsWith("mhr_"), secret);

        WebClient script = new WebClient(browser.base());
        var me = script.get("api/me", "Bearer " + secret);
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(me.body().contains("omar.alaoui"));

        browser.findElement(By.cssSelector("[id$=':revoke']")).click();
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(".ui-confirmdialog-yes"))).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[id$=':revoke']")));
        assertEquals(401, script.get("api/me", "Bearer " + secret).statusCode());
    }

    @Test
    void traineeLearnsInArabicAndSeesHerProgressMove() {
        browser.signIn("aicha.benali", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        assertEquals("rtl", html().getAttribute("dir"));

        WebElement production = browser.findElement(By.id("course-production"));
        assertTrue(production.getText().contains("مقفل"), production.getText());
        assertTrue(production.getText().contains(browser.findElement(By.cssSelector("#course-quality h2")).getText()),
                "the reason names the course to finish first: " + production.getText());
        assertTrue(production.findElements(By.cssSelector("a.continue")).isEmpty(), "a locked course cannot be opened");

        browser.findElement(By.cssSelector("#course-sourcing a.secondary-link")).click();
        browser.waitFor(ExpectedConditions.urlContains("course.xhtml"));
        assertTrue(browser.findElement(By.id("course-summary")).getText().contains("أنجزتِ 0 من 5"), browser.findElement(By.id("course-summary")).getText());

        // The first lesson is done by passing its quiz (another test); the second is read and confirmed.
        assertTrue(browser.findElement(By.id("quiz-fibres-and-fabrics")).isDisplayed(), "the first lesson shows its quiz");
        browser.findElement(By.cssSelector("#lesson-trims-and-quantities a:not(.quiz-link)")).click();
        browser.waitFor(ExpectedConditions.urlContains("lesson.xhtml"));
        WebElement lesson = browser.findElement(By.id("lesson-text"));
        assertEquals("rtl", lesson.getAttribute("dir"));
        assertTrue(lesson.getText().length() > 500, "the lesson is there to read");
        String firstLesson = browser.getCurrentUrl();

        browser.findElement(By.id("lesson-actions:mark-done")).click();
        WebElement confirmation = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("lesson-done")));
        assertTrue(confirmation.getText().contains("أتممتِ هذا الدرس"), "confirmed in words: " + confirmation.getText());
        browser.findElement(By.id("lesson-actions:next")).click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("read=1")));
        assertTrue(browser.getCurrentUrl().contains("lesson.xhtml?course=sourcing&lesson=")
                && !browser.getCurrentUrl().startsWith(firstLesson), "the next lesson opens: " + browser.getCurrentUrl());
        assertTrue(browser.findElements(By.id("fallback-notice")).isEmpty());
        String secondLesson = browser.getCurrentUrl();

        browser.open("learn/course.xhtml?code=sourcing");
        assertTrue(browser.findElement(By.id("course-summary")).getText().contains("أنجزتِ 1 من 5"), browser.findElement(By.id("course-summary")).getText());
        assertTrue(browser.findElement(By.cssSelector("#course-summary .ui-progressbar")).getText().contains("20%"));

        browser.open("learn/");
        browser.findElement(By.cssSelector("#course-sourcing a.continue")).click();
        browser.waitFor(ExpectedConditions.urlContains("lesson.xhtml"));
        assertEquals(secondLesson.substring(secondLesson.indexOf("lesson=")), browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("lesson=")),
                "continue opens where she left off");

        browser.findElement(By.id("lang-en")).click();
        WebElement fallback = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("fallback-notice")));
        assertTrue(fallback.getText().contains("French"), fallback.getText());
        assertEquals("fr", browser.findElement(By.id("lesson-text")).getAttribute("lang"));
        assertEquals("ltr", browser.findElement(By.id("lesson-text")).getAttribute("dir"));
    }

    @Test
    void administratorImportsContentAndEnrollsAListOfTrainees() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.open("admin/content.xhtml?lang=en");
        browser.findElement(By.id("import:start")).click();
        WebElement report = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("import:courses")));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("import:courses"), "production"));
        for (String course : List.of("sourcing", "modeling", "prototyping", "quality", "production", "marketing")) {
            assertTrue(report.getText().contains(course), report.getText());
        }
        assertTrue(report.getText().contains("Unchanged"), "files already imported at start-up change nothing: " + report.getText());

        browser.open("admin/enrollments.xhtml");
        browser.findElement(By.id("enroll:usernames")).sendKeys("zineb.tazi\nnobody.here\n");
        browser.findElement(By.id("enroll:enrollList")).click();
        WebElement refused = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-error")));
        assertTrue(refused.getText().contains("2: nobody.here"), refused.getText());

        browser.findElement(By.id("enroll:usernames")).clear();
        browser.findElement(By.id("enroll:usernames")).sendKeys("zineb.tazi\n");
        browser.findElement(By.id("enroll:enrollList")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "zineb.tazi"));
    }

    @Test
    void administratorCreatesACooperativeAndImportsAFileOnlyOnceEveryLineIsRight() throws Exception {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.open("admin/cooperatives.xhtml?lang=fr");
        String name = "Coopérative Essai " + Long.toString(System.nanoTime(), 36);
        browser.findElement(By.id("cooperative:name-fr")).sendKeys(name);
        browser.findElement(By.id("cooperative:name-ar")).sendKeys("تعاونية التجربة");
        browser.findElement(By.id("cooperative:city")).sendKeys("Boujdour");
        browser.findElement(By.id("cooperative:save")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), name));
        assertTrue(browser.findElement(By.id("cooperatives")).getText().contains(name), "the new cooperative is listed");

        java.nio.file.Path bad = java.nio.file.Files.createTempFile("cooperatives", ".csv");
        java.nio.file.Files.writeString(bad, "name_fr;name_ar;city;year_founded\n"
                + "Coopérative Amal Dakhla;تعاونية أمل الداخلة;Dakhla;2015\n"
                + "Coopérative Rimal;تعاونية رمال;Smara;deux mille\n");
        browser.findElement(By.id("import-cooperatives:file")).sendKeys(bad.toString());
        browser.findElement(By.id("import-cooperatives:import")).click();
        WebElement problems = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("import-problems")));
        assertTrue(problems.getText().contains("Ligne 3"), problems.getText());
        assertFalse(browser.findElement(By.id("cooperatives")).getText().contains("Amal Dakhla"), "nothing of a bad file is imported");

        java.nio.file.Files.writeString(bad, java.nio.file.Files.readString(bad).replace("deux mille", "2018"));
        browser.findElement(By.id("import-cooperatives:file")).sendKeys(bad.toString());
        browser.findElement(By.id("import-cooperatives:import")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "2 créé"));
        assertTrue(browser.findElement(By.id("cooperatives")).getText().contains("Amal Dakhla"));
    }

    @Test
    void administratorEnrollsTheDemoCohortAgainAndNothingIsDuplicated() {
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        browser.open("admin/cohorts.xhtml?lang=fr");
        WebElement table = browser.findElement(By.id("cohorts"));
        assertTrue(table.getText().contains("Cycle 1"), table.getText());
        // Other tests add cohorts of their own, and trainees to the demo cooperatives: the demo cohort's row is
        // enrolled once (which picks up those newcomers), then again, which must change nothing.
        String enroll = "//*[@id='cohorts']//tr[contains(., 'Cycle 1')]//*[contains(@id, ':enroll')]";
        By info = By.cssSelector(".ui-messages-info");
        browser.click(By.xpath(enroll));
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(info));
        browser.waitForAjax();
        WebElement firstAnswer = browser.findElement(info);
        browser.click(By.xpath(enroll));
        // The page's messages are rendered anew with the second answer; its text is read from the page as it
        // then stands (the element may be replaced again by the time it is read).
        browser.waitFor(ExpectedConditions.stalenessOf(firstAnswer));
        browser.waitOrShow(ExpectedConditions.textToBePresentInElementLocated(info, ", 0 nouvelle(s) inscription(s)"));
    }

    @Test
    void trainerChecksGiftQuestionsAndSeesEachErrorWithItsLine() {
        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.open("trainer/gift.xhtml?lang=fr");
        WebElement text = browser.findElement(By.id("gift:text"));
        text.sendKeys("::q1:: Le lin est une fibre naturelle. {T}\n\n::q2:: Essai libre {}\n");
        browser.findElement(By.id("gift:preview")).click();
        WebElement errors = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("gift-errors")));
        assertTrue(errors.getText().contains("Ligne 3"), errors.getText());
        assertTrue(browser.findElements(By.id("gift-questions")).isEmpty(), "nothing is previewed from a file with an error");

        text = browser.findElement(By.id("gift:text"));
        text.clear();
        text.sendKeys("::q1:: Le lin est une fibre naturelle. {T}\n\n::q2:: Grammage ? {#156:1}\n");
        browser.findElement(By.id("gift:preview")).click();
        WebElement questions = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("gift-questions")));
        assertTrue(questions.getText().contains("2 questions comprises"), questions.getText());
        assertTrue(questions.getText().contains("156 ± 1"), questions.getText());
        assertTrue(questions.getText().contains("Vrai"), questions.getText());

        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("add:course"))).selectByValue("quality");
        browser.findElement(By.id("add:save")).click();
        WebElement added = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-messages-info")));
        assertTrue(added.getText().contains("2 questions ajoutées"), added.getText());
    }

    /**
     * The promise made to trainees at shared terminals: each answer is saved the moment it is given, so
     * closing the browser mid-quiz (a frozen terminal) loses nothing. Once in French, once in Arabic.
     */
    @Test
    void traineeClosesTheBrowserMidQuizAndFindsEveryAnswerAfterSigningInAgain() {
        takeQuizCloseBrowserAndResume("khadija.elidrissi", "quality", "standards-tolerances", "Enregistré", "ltr");
        takeQuizCloseBrowserAndResume("hind.amrani", "sourcing", "fibres-and-fabrics", "تم الحفظ", "rtl");
    }

    private void takeQuizCloseBrowserAndResume(String username, String course, String lesson, String savedText, String direction) {
        browser.manage().deleteAllCookies();
        browser.signIn(username, DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/lesson.xhtml?course=" + course + "&lesson=" + lesson);
        browser.findElement(By.id("lesson-quiz")).click();
        browser.waitFor(ExpectedConditions.urlContains("quiz.xhtml"));
        browser.findElement(By.id("quiz-start:start")).click();
        browser.waitFor(ExpectedConditions.urlContains("attempt.xhtml"));
        assertEquals(direction, html().getAttribute("dir"));
        String attempt = browser.getCurrentUrl();
        List<WebElement> questions = browser.findElements(By.cssSelector("fieldset.question"));
        assertEquals(2, questions.size());
        List<String> given = new java.util.ArrayList<>();
        for (WebElement question : questions) {
            given.add(answer(question));
            String slot = question.getAttribute("data-slot");
            browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("q-" + slot + "-status"), savedText));
        }

        // The terminal is switched off mid-quiz: a new browser, a new session.
        browser.restart();
        browser.signIn(username, DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        browser.open("learn/quiz.xhtml?course=" + course + "&quiz=" + lesson);
        browser.findElement(By.id("quiz-start:continue")).click();
        browser.waitFor(ExpectedConditions.urlToBe(attempt));
        List<WebElement> resumed = browser.findElements(By.cssSelector("fieldset.question"));
        for (int i = 0; i < resumed.size(); i++) {
            assertEquals(given.get(i), shown(resumed.get(i)), "question " + (i + 1) + " shows the answer given before");
        }
        browser.findElement(By.id("hand-in:submit")).click();
        browser.switchTo().alert().accept();
        browser.waitFor(ExpectedConditions.urlContains("result.xhtml"));
        assertTrue(browser.findElement(By.id("verdict")).isDisplayed());
    }

    /** Gives an answer of the question's type; returns what the page should show for it later. */
    private static String answer(WebElement question) {
        String type = question.getAttribute("data-type");
        switch (type) {
            case "single_choice", "multiple_response", "true_false" -> {
                WebElement option = question.findElements(By.cssSelector("input")).get(1);
                option.click();
                return "checked:" + option.getAttribute("value");
            }
            case "short_answer", "numerical" -> {
                WebElement field = question.findElement(By.cssSelector("input[type=text]"));
                field.sendKeys("12,5");
                field.sendKeys(org.openqa.selenium.Keys.TAB);
                // Shown again as she typed it, decimal comma included, for a number as for a text.
                return "typed:12,5";
            }
            default -> {
                WebElement select = question.findElement(By.cssSelector("select"));
                new org.openqa.selenium.support.ui.Select(select).selectByIndex(1);
                return "selected:" + select.getAttribute("value");
            }
        }
    }

    private static String shown(WebElement question) {
        String type = question.getAttribute("data-type");
        return switch (type) {
            case "single_choice", "multiple_response", "true_false" -> question.findElements(By.cssSelector("input")).stream()
                    .filter(WebElement::isSelected).map(input -> "checked:" + input.getAttribute("value")).findFirst().orElse("nothing");
            case "short_answer", "numerical" -> "typed:" + question.findElement(By.cssSelector("input[type=text]")).getAttribute("value");
            default -> "selected:" + question.findElement(By.cssSelector("select")).getAttribute("value");
        };
    }

    /**
     * axe-core (Deque's engine, not ours) finds no WCAG 2.1 A/AA violation on the pages people use most,
     * in French and in Arabic.
     */
    @Test
    void pagesMeetWcag21AaInFrenchAndArabic() {
        List<String> violations = new java.util.ArrayList<>();
        for (String language : List.of("fr", "ar")) {
            browser.open("login.xhtml?lang=" + language);
            violations.addAll(browser.accessibilityViolations("login " + language));
            // The public application page, with the demo's open call and its form.
            browser.open("apply/?lang=" + language);
            violations.addAll(browser.accessibilityViolations("apply " + language));
        }
        browser.signIn("fatima.zahra", DEMO_PASSWORD);
        browser.waitForPath("/learn/");
        for (String page : List.of("learn/", "learn/course.xhtml?code=sourcing", "learn/quiz.xhtml?course=quality&quiz=course",
                "profile/", "profile/password.xhtml")) {
            browser.open(page);
            violations.addAll(browser.accessibilityViolations(page + " ar"));
        }
        browser.open("learn/");
        browser.findElement(By.cssSelector("#course-sourcing a.continue")).click();
        browser.waitFor(ExpectedConditions.urlContains("lesson.xhtml"));
        violations.addAll(browser.accessibilityViolations("lesson ar"));
        browser.open("learn/quiz.xhtml?course=modeling&quiz=course");
        browser.findElement(By.cssSelector("#attempts a")).click();
        browser.waitFor(ExpectedConditions.urlContains("result.xhtml"));
        violations.addAll(browser.accessibilityViolations("quiz result ar"));
        browser.open("learn/quiz.xhtml?course=marketing&quiz=course");
        browser.findElement(By.id("quiz-start:start")).click();
        browser.waitFor(ExpectedConditions.urlContains("attempt.xhtml"));
        violations.addAll(browser.accessibilityViolations("quiz attempt ar"));
        browser.signOutForTheNextPerson();
        browser.signIn("admin", ADMIN_PASSWORD);
        browser.waitForPath("/admin/");
        for (String page : List.of("admin/", "admin/accounts.xhtml", "admin/enrollments.xhtml", "admin/content.xhtml",
                "admin/cooperatives.xhtml", "admin/cohorts.xhtml")) {
            browser.open(page);
            violations.addAll(browser.accessibilityViolations(page));
        }
        browser.signOutForTheNextPerson();
        browser.signIn("samira.bennani", DEMO_PASSWORD);
        browser.waitForPath("/trainer/");
        browser.open("trainer/quizzes.xhtml");
        violations.addAll(browser.accessibilityViolations("trainer quizzes"));
        browser.findElement(By.id("quiz-modeling-course")).click();
        browser.waitFor(ExpectedConditions.urlContains("quiz-results.xhtml"));
        violations.addAll(browser.accessibilityViolations("trainer quiz results"));
        browser.open("trainer/gift.xhtml");
        violations.addAll(browser.accessibilityViolations("trainer gift"));
        browser.open("trainer/cohorts.xhtml");
        violations.addAll(browser.accessibilityViolations("trainer cohorts"));
        browser.findElement(By.cssSelector("#main a[href*='cohort-progress']")).click();
        browser.waitFor(ExpectedConditions.urlContains("cohort-progress.xhtml"));
        violations.addAll(browser.accessibilityViolations("trainer cohort progress"));
        assertEquals(List.of(), violations);
    }

    private WebElement html() {
        return browser.findElement(By.tagName("html"));
    }
}
