"""The model zoo: architectures as plain data (`zoo`, no TensorFlow) and their Keras builder (`build`)."""
