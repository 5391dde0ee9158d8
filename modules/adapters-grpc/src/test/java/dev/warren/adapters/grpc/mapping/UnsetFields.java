package dev.warren.adapters.grpc.mapping;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.Set;
import java.util.TreeSet;

/** Finds the fields of a message, recursively, still at their default: what a fixture forgot. */
final class UnsetFields {
  private UnsetFields() {}

  /** Full names of the fields of {@code message} (and of its sub-messages) left at default. */
  static Set<String> of(Message message, Set<String> exempt) {
    var unset = new TreeSet<String>();
    for (FieldDescriptor field : message.getDescriptorForType().getFields()) {
      if (exempt.contains(field.getFullName())) {
        continue;
      }
      boolean set =
          field.isRepeated()
              ? message.getRepeatedFieldCount(field) > 0
              : field.hasPresence()
                  ? message.hasField(field)
                  : !message.getField(field).equals(field.getDefaultValue());
      if (!set) {
        unset.add(field.getFullName());
      } else if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !field.isMapField()) {
        if (field.isRepeated()) {
          for (int i = 0; i < message.getRepeatedFieldCount(field); i++) {
            unset.addAll(of((Message) message.getRepeatedField(field, i), exempt));
          }
        } else {
          unset.addAll(of((Message) message.getField(field), exempt));
        }
      }
    }
    return unset;
  }
}
