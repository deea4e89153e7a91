#include <iostream>

#include "myproject.h"
#include "parameters.h"


void myproject(
    hls::stream<input_t> &input_1,
    hls::stream<result_t> &layer7_out
) {

    // hls-fpga-machine-learning insert IO
    #pragma HLS INTERFACE axis port=input_1,layer7_out 
    #pragma HLS DATAFLOW

    // hls-fpga-machine-learning insert load weights
#ifndef __SYNTHESIS__
    static bool loaded_weights = false;
    if (!loaded_weights) {
        nnet::load_weights_from_txt<fa_weight_t, 16>(w2, "w2.txt");
        nnet::load_weights_from_txt<fa_bias_t, 4>(b2, "b2.txt");
        nnet::load_weights_from_txt<out_weight_t, 16>(w7, "w7.txt");
        nnet::load_weights_from_txt<out_bias_t, 2>(b7, "b7.txt");
        loaded_weights = true;    }
#endif
    // ****************************************
    // NETWORK INSTANTIATION
    // ****************************************

    // hls-fpga-machine-learning insert layers

    hls::stream<fa_result_t> layer2_out("layer2_out");
    #pragma HLS STREAM variable=layer2_out depth=1

    hls::stream<fa_result_t> layer9_cpy1("layer9_cpy1");
    #pragma HLS STREAM variable=layer9_cpy1 depth=1

    hls::stream<fa_result_t> layer9_cpy2("layer9_cpy2");
    #pragma HLS STREAM variable=layer9_cpy2 depth=1

    hls::stream<layer4_t> layer4_out("layer4_out");
    #pragma HLS STREAM variable=layer4_out depth=1

    hls::stream<layer5_t> layer5_out("layer5_out");
    #pragma HLS STREAM variable=layer5_out depth=1

    hls::stream<cat_result_t> layer6_out("layer6_out");
    #pragma HLS STREAM variable=layer6_out depth=1

    nnet::dense<input_t, fa_result_t, config2>(input_1, layer2_out, w2, b2); // fa

    nnet::clone_stream<fa_result_t, fa_result_t, 4>(layer2_out, layer9_cpy1, layer9_cpy2); // clone_fa

    nnet::thresholded_relu<fa_result_t, thr_param_t, layer4_t, ThresholdedReLU_config4>(layer9_cpy1, 0.5, layer4_out); // thr

    nnet::relu<fa_result_t, layer5_t, ReLU_config5>(layer9_cpy2, layer5_out); // rmax

    nnet::concatenate1d<layer4_t, layer5_t, cat_result_t, config6>(layer4_out, layer5_out, layer6_out); // cat

    nnet::dense<cat_result_t, result_t, config7>(layer6_out, layer7_out, w7, b7); // out

}

