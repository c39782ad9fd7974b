package org.permanence.system.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.springframework.stereotype.Component;

/**
 * Lets a client send a resource back as GET returned it: its {@code id} is ignored, since the path names the
 * resource. Every other unknown field is still refused (400 naming it), so a typo never passes silently.
 */
@Component
class ReadBackIdModule extends SimpleModule {

    ReadBackIdModule() {
        super("permanence-read-back-id");
    }

    @Override
    public void setupModule(SetupContext context) {
        super.setupModule(context);
        context.addDeserializationProblemHandler(new DeserializationProblemHandler() {
            @Override
            public boolean handleUnknownProperty(DeserializationContext deserialization, JsonParser parser,
                    JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
                if (!"id".equals(propertyName)) {
                    return false;
                }
                parser.skipChildren();
                return true;
            }
        });
    }
}
