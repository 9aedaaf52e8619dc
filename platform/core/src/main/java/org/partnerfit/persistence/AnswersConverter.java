package org.partnerfit.persistence;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.partnerfit.spi.Answers;

/** Stores answers as a JSON object of arrays: {"communication":["4"], ...}. */
@Converter
public class AnswersConverter implements AttributeConverter<Answers, String> {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type MAP_TYPE = new java.util.HashMap<String, List<String>>() { }.getClass().getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(Answers answers) {
        return answers == null ? null : JSON.toJson(answers.values());
    }

    @Override
    public Answers convertToEntityAttribute(String json) {
        if (json == null || json.isBlank()) {
            return Answers.NONE;
        }
        Map<String, List<String>> values = JSON.fromJson(json, MAP_TYPE);
        return new Answers(values);
    }
}
