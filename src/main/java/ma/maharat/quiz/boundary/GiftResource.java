package ma.maharat.quiz.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ma.maharat.quiz.gift.GiftParseResult;
import ma.maharat.quiz.gift.GiftParser;
import ma.maharat.quiz.question.AcceptedAnswer;
import ma.maharat.quiz.question.Choice;
import ma.maharat.quiz.question.MatchingQuestion;
import ma.maharat.quiz.question.MultipleResponseQuestion;
import ma.maharat.quiz.question.NumericalAnswer;
import ma.maharat.quiz.question.NumericalQuestion;
import ma.maharat.quiz.question.Question;
import ma.maharat.quiz.question.ShortAnswerQuestion;
import ma.maharat.quiz.question.SingleChoiceQuestion;
import ma.maharat.quiz.question.TrueFalseQuestion;
import ma.maharat.quiz.question.ValueRange;
import ma.maharat.quiz.question.ValueWithTolerance;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/gift/parse}: parses Moodle GIFT without storing anything, for authoring tools and the
 * trainers' preview. 200 with the questions, or 422 with every error's line and column.
 */
@Path("gift/parse")
@RequestScoped
@Tag(name = "quiz")
public class GiftResource {

    /** A question bank larger than this is not a question bank. */
    static final int MAX_CHARACTERS = 1_000_000;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Parse GIFT (UTF-8 text) into questions, or list its errors with line and column")
    public Response parse(String gift) {
        if (gift == null || gift.length() > MAX_CHARACTERS) {
            return Response.status(413).entity(Map.of("errors", List.of(Map.of("line", 0, "column", 0,
                    "message", "the GIFT text must have at most " + MAX_CHARACTERS + " characters")))).build();
        }
        GiftParseResult result = new GiftParser().parse(gift);
        if (!result.errors().isEmpty()) {
            return Response.status(422).entity(Map.of("errors", result.errors().stream()
                    .map(e -> Map.of("line", e.line(), "column", e.column(), "message", e.message())).toList())).build();
        }
        return Response.ok(Map.of("questions", result.questions().stream().map(GiftResource::describe).toList())).build();
    }

    static Map<String, Object> describe(Question question) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", question.name());
        json.put("type", question.type().wireName());
        json.put("category", question.category());
        json.put("text", question.text());
        json.put("format", question.format().giftName());
        json.put("generalFeedback", question.generalFeedback());
        if (question instanceof SingleChoiceQuestion single) {
            json.put("choices", single.choices().stream().map(GiftResource::choice).toList());
        } else if (question instanceof MultipleResponseQuestion multiple) {
            json.put("choices", multiple.choices().stream().map(GiftResource::choice).toList());
        } else if (question instanceof TrueFalseQuestion trueFalse) {
            json.put("answer", trueFalse.correctAnswer());
        } else if (question instanceof ShortAnswerQuestion shortAnswer) {
            json.put("caseSensitive", shortAnswer.caseSensitive());
            json.put("answers", shortAnswer.answers().stream().map(GiftResource::accepted).toList());
        } else if (question instanceof NumericalQuestion numerical) {
            json.put("answers", numerical.answers().stream().map(GiftResource::numerical).toList());
        } else if (question instanceof MatchingQuestion matching) {
            json.put("pairs", matching.pairs().stream().map(p -> Map.of("prompt", p.prompt(), "answer", p.answer())).toList());
        }
        return json;
    }

    private static Map<String, Object> choice(Choice choice) {
        return Map.of("text", choice.text(), "weight", choice.weight().percent(), "feedback", choice.feedback());
    }

    private static Map<String, Object> accepted(AcceptedAnswer answer) {
        return Map.of("text", answer.text(), "weight", answer.weight().percent(), "feedback", answer.feedback());
    }

    private static Map<String, Object> numerical(NumericalAnswer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        if (answer.target() instanceof ValueWithTolerance exact) {
            json.put("value", exact.value());
            json.put("tolerance", exact.tolerance());
        } else if (answer.target() instanceof ValueRange range) {
            json.put("min", range.min());
            json.put("max", range.max());
        }
        json.put("weight", answer.weight().percent());
        json.put("feedback", answer.feedback());
        return json;
    }
}
