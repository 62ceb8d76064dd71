console.log('plainsight');
