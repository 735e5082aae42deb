package ma.maharat.trade;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.Expression;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.functions.FunctionIfc;
import com.ezylang.evalex.functions.FunctionParameterDefinition;
import com.ezylang.evalex.parser.Token;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * One of the trade's calculations as a function a formula may call: fixed, named number parameters, and
 * the calculation's own refusal (an {@link IllegalArgumentException} naming the number) turned into the
 * formula's error.
 */
final class TradeFunction implements FunctionIfc {

    private final List<FunctionParameterDefinition> parameters;
    private final Function<BigDecimal[], BigDecimal> calculation;

    TradeFunction(List<String> parameterNames, Function<BigDecimal[], BigDecimal> calculation) {
        this.parameters = parameterNames.stream().map(name -> FunctionParameterDefinition.builder().name(name).build()).toList();
        this.calculation = calculation;
    }

    List<String> parameterNames() {
        return parameters.stream().map(FunctionParameterDefinition::getName).toList();
    }

    @Override
    public List<FunctionParameterDefinition> getFunctionParameterDefinitions() {
        return parameters;
    }

    @Override
    public boolean hasVarArgs() {
        return false;
    }

    @Override
    public void validatePreEvaluation(Token token, EvaluationValue... values) throws EvaluationException {
        if (values.length != parameters.size()) {
            throw new EvaluationException(token, token.getValue() + " takes " + parameters.size() + " numbers: " + parameterNames());
        }
        for (EvaluationValue value : values) {
            if (!value.isNumberValue()) {
                throw new EvaluationException(token, token.getValue() + " takes numbers only");
            }
        }
    }

    @Override
    public EvaluationValue evaluate(Expression expression, Token token, EvaluationValue... values) throws EvaluationException {
        BigDecimal[] numbers = Arrays.stream(values).map(EvaluationValue::getNumberValue).toArray(BigDecimal[]::new);
        try {
            BigDecimal result = calculation.apply(numbers);
            TradeFormula.record(token.getValue(), parameterNames(), numbers, result);
            return EvaluationValue.numberValue(result);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new EvaluationException(token, token.getValue() + ": " + e.getMessage());
        }
    }
}
