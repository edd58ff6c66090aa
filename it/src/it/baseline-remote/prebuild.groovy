// 1.0.0 must reach 1.1.0 from the release repository only: drop what an earlier run of this
// case downloaded into the integration tests' local repository.
def stale = new File(localRepositoryPath, 'com/example/it/baseline-remote')
assert !stale.exists() || stale.deleteDir()
return true
