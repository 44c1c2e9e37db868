mongoose.connect('mongodb+srv://svc:0oS73y53JYGDC6yQTe@cluster0.scanlab.invalid/prod');
